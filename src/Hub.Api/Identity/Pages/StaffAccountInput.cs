namespace Hub.Api.Identity.Pages;

/// <summary>A staff account an admin creates: the existing <c>CreateUserCommand</c>'s fields.</summary>
public sealed class StaffAccountInput
{
    public string FullName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string Role { get; set; } = Hub.Domain.Common.Roles.Mentor;
}
