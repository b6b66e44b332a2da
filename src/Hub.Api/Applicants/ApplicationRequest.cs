using Hub.Api.Common.OpenApi;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Api.Applicants;

/// <summary>An application as a founder writes it; <see cref="FounderUserId"/> only when staff or a partner applies for a founder.</summary>
public sealed record ApplicationRequest(
    Guid IntakeId,
    Guid? FounderUserId,
    string VentureName,
    [property: OpenApiEnum(typeof(Sector))] string Sector,
    string Description,
    FounderRequest? Founder,
    IReadOnlyList<TeamMemberRequest>? TeamMembers);
