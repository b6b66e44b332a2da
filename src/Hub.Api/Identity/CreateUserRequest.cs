using System.ComponentModel;
using Hub.Api.Common.OpenApi;

namespace Hub.Api.Identity;

public sealed record CreateUserRequest(
    string Email,
    [property: Description(PasswordRule.Description)] string Password,
    string FullName,
    [property: OpenApiEnum(FixedList.PersonRoles)] string Role);
