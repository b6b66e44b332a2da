namespace Hub.Application.SeedCapital.Queries.GetCallStanding;

/// <summary>An appointed evaluator and how many of the call's submitted proposals they have evaluated (a declared conflict counts).</summary>
public sealed record SeedCapitalEvaluatorProgressDto(Guid UserId, string FullName, string Email, int Evaluated);
