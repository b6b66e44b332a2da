using Hub.Api.Common.OpenApi;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Api.Applicants;

public sealed record DecisionRequest([property: OpenApiEnum(typeof(DecisionOutcome))] string Decision, string Reason);
