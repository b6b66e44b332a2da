using Hub.Api.Common.OpenApi;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Api.SeedCapital;

/// <summary>
/// A call: kind SeedCapital (the default) or PilotCompetition; evaluationDeadline defaults to 14 days after closesAt;
/// allowTeamsWithoutApplication (pilot competitions only) lets teams without an accepted application propose.
/// </summary>
public sealed record CreateCallRequest(
    string Title,
    [property: OpenApiEnum(typeof(CallKind))] string? Kind,
    SeedCapitalMoneyRequest? Budget,
    SeedCapitalMoneyRequest? MaxGrant,
    decimal MinScore,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset? EvaluationDeadline,
    IReadOnlyList<CallCriterionRequest>? Criteria,
    bool? AllowTeamsWithoutApplication);
