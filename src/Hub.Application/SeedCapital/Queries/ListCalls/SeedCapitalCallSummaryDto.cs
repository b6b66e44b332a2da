namespace Hub.Application.SeedCapital.Queries.ListCalls;

public sealed record SeedCapitalCallSummaryDto(
    Guid Id, string Title, string Kind, string Status, SeedCapitalMoneyDto Budget, SeedCapitalMoneyDto MaxGrant, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IsEvaluator);
