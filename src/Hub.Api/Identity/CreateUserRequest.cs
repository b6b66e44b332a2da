using System.ComponentModel;
using Hub.Api.Common.OpenApi;
using Hub.Application.Identity;

namespace Hub.Api.Identity;

public sealed record CreateUserRequest(
    string Email,
    [property: Description(PasswordPolicy.Description)] string Password,
    string FullName,
    [property: OpenApiEnum(FixedList.PersonRoles)] string Role);
