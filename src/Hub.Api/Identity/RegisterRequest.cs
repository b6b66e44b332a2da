using System.ComponentModel;

namespace Hub.Api.Identity;

public sealed record RegisterRequest(string Email, [property: Description(PasswordRule.Description)] string Password, string FullName);
