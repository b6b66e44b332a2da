namespace Hub.Application.Identity.Contracts;

/// <summary>The account of a person as the hub holds it: contact, roles, and when its sign-ins were refreshed or ended.</summary>
public sealed record IdentityPersonalDataDto(
    Guid UserId,
    string Email,
    string FullName,
    string? PhoneNumber,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt,
    bool EmailConfirmed,
    DateTimeOffset? LockoutEnd,
    IReadOnlyList<DateTimeOffset> TokenRefreshes,
    IReadOnlyList<DateTimeOffset> SignInsEnded);
