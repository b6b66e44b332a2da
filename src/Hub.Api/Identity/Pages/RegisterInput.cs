namespace Hub.Api.Identity.Pages;

public sealed class RegisterInput
{
    public string FullName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
