using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>
/// A call's own columns as a list shows them, without its criteria and award (<c>jsonb</c>) that loading the call reads;
/// <see cref="IsEvaluator"/> says whether the caller is among its evaluators.
/// </summary>
public sealed record CallSummaryRow(
    Guid Id, string Title, CallKind Kind, CallStatus Status, decimal Budget, Currency BudgetCurrency, decimal MaxGrant, Currency MaxGrantCurrency,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IsEvaluator);
