using Hub.Api.Common.OpenApi;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Api.Applicants;

public sealed record ApplicationEditRequest(
    string VentureName,
    [property: OpenApiEnum(typeof(Sector))] string Sector,
    string Description,
    FounderRequest? Founder,
    IReadOnlyList<TeamMemberRequest>? TeamMembers);
