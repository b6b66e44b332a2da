namespace Hub.Application.Identity.Contracts;

/// <summary>One person of the programme, by the user id every module refers to.</summary>
public sealed record IdentityPersonDto(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles);
