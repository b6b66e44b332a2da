using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Domain.Tests.SeedCapital;

internal static class SeedCapitalTestData
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static CallForProposals OpenCall(decimal budget = 1_000_000m, decimal maxGrant = 500_000m) =>
        CallForProposals.Create(
            new CallTerms(
                "Seed capital 2026", CallKind.SeedCapital, Money.Of(budget, Currency.MNT), Money.Of(maxGrant, Currency.MNT), 5m,
                [Criterion.Create("Innovation", 3), Criterion.Create("Team", 1)], Now.AddDays(-1), Now.AddDays(10), null, false),
            Guid.NewGuid(),
            Now);

    public static Proposal Draft(CallForProposals call, decimal requested = 100_000m) =>
        Proposal.Draft(call, Guid.NewGuid(), Guid.NewGuid(), "Дархан Сүү", new ProposalContent(Money.Of(requested, Currency.MNT), "A dairy cooperative.", [], []), Now);

    public static Dictionary<string, decimal> Scores(decimal innovation, decimal team) => new() { ["Innovation"] = innovation, ["Team"] = team };
}
