namespace Hub.Api.Identity.Pages;

public sealed class SignInInput
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
