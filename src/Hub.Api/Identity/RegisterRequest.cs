using System.ComponentModel;
using Hub.Application.Identity;

namespace Hub.Api.Identity;

public sealed record RegisterRequest(string Email, [property: Description(PasswordPolicy.Description)] string Password, string FullName);
