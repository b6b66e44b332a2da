using Hub.Api.Common.OpenApi;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Api.Applicants;

public sealed record ApplicationStatusResponse(Guid Id, [property: OpenApiEnum(typeof(ApplicationStatus))] string Status);
