using System.Globalization;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Queries.GetCall;

internal static class CallMapping
{
    public static SeedCapitalCallSummaryDto ToSummary(this CallForProposals call, DateTimeOffset now, bool isEvaluator) =>
        new CallSummaryRow(
            call.Id.Value, call.Title, call.Kind, call.Status, call.Budget.Amount, call.Budget.Currency, call.MaxGrant.Amount, call.MaxGrant.Currency, call.OpensAt,
            call.ClosesAt, isEvaluator).ToSummary(now);

    public static SeedCapitalCallSummaryDto ToSummary(this CallSummaryRow call, DateTimeOffset now) =>
        new(call.Id, call.Title, call.Kind.ToString(), CallForProposals.StatusOf(call.Status, call.OpensAt, call.ClosesAt, now).ToString(),
            SeedCapitalMoneyDto.From(call.Budget, call.BudgetCurrency), SeedCapitalMoneyDto.From(call.MaxGrant, call.MaxGrantCurrency), call.OpensAt, call.ClosesAt,
            call.IsEvaluator);

    /// <summary>
    /// The status shown is the one the clock says, even before the deadline job has recorded it. The minimum score is
    /// shown without the trailing zeros of its column.
    /// </summary>
    public static SeedCapitalCallDto ToDto(this CallForProposals call, DateTimeOffset now, bool withEvaluators) =>
        new(
            call.Id.Value,
            call.Title,
            call.Kind.ToString(),
            call.StatusAt(now).ToString(),
            SeedCapitalMoneyDto.From(call.Budget),
            SeedCapitalMoneyDto.From(call.MaxGrant),
            WithoutTrailingZeros(call.MinScore),
            [.. call.Criteria.Select(c => new SeedCapitalCriterionDto(c.Name, c.Weight))],
            call.OpensAt,
            call.ClosesAt,
            call.EvaluationDeadline,
            call.AllowsTeamsWithoutApplication,
            withEvaluators ? [.. call.Evaluators] : [],
            call.Award is not null,
            call.CreatedBy,
            call.CreatedAt,
            call.Version);

    private static decimal WithoutTrailingZeros(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);
}
