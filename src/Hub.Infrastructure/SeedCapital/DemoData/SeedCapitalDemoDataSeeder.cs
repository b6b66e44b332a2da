using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.ExchangeRates;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Hub.Infrastructure.Common.DemoData;
using Mediator;

namespace Hub.Infrastructure.SeedCapital.DemoData;

/// <summary>
/// An awarded seed-capital call in tögrög, evaluated by the three demo evaluators, with 10 grants (the programme's
/// target) paid in tranches, some released at recorded euro rates; and an open pilot competition. The proposals come
/// from the accepted demo founders (Applicants' seeder runs first).
/// </summary>
internal sealed class SeedCapitalDemoDataSeeder(
    IRepository<CallForProposals> calls,
    IRepository<Proposal> proposals,
    IRepository<Grant> grants,
    IRepository<ExchangeRate> rates,
    ISender sender,
    TimeProvider clock) : IDemoDataSeeder
{
    public const string AwardedCallTitle = "EU-DIEH seed capital 2026 — first round";
    public const string PilotCallTitle = "EU-DIEH social & IT pilot projects 2026";
    public const int GrantTarget = 10;

    private static readonly string[] EvaluatorEmails =
        ["evaluator1@demo.eu-dieh.example.org", "evaluator2@demo.eu-dieh.example.org", "evaluator3@demo.eu-dieh.example.org"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await calls.AnyAsync(new CallTitledSpec(AwardedCallTitle), cancellationToken))
        {
            return;
        }

        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(), cancellationToken);
        if (accepted.Count < GrantTarget)
        {
            throw new InvalidOperationException($"Seed-capital demo data needs {GrantTarget} accepted applications; Applicants' demo data has {accepted.Count}.");
        }

        var now = clock.GetUtcNow();
        var managerId = (await PersonAsync(DemoAccounts.ManagerEmail, cancellationToken)).Id;
        var evaluators = new List<Guid>();
        foreach (var email in EvaluatorEmails)
        {
            evaluators.Add((await PersonAsync(email, cancellationToken)).Id);
        }

        await SeedAwardedCallAsync(accepted, managerId, evaluators, now, cancellationToken);
        await SeedPilotCompetitionAsync(accepted.Skip(GrantTarget + 1).ToList(), managerId, evaluators, now, cancellationToken);
    }

    private async Task SeedAwardedCallAsync(IReadOnlyList<ApplicantsAcceptedApplicationDto> accepted, Guid managerId, List<Guid> evaluators, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Ten strong proposals and one below the minimum score; the budget is exactly what the ten ask for.
        var founders = accepted.Take(GrantTarget + 1).ToList();
        var requests = founders.Select((_, i) => 8_000_000m + (i * 1_250_000m % 7_000_000m)).ToList();
        var budget = requests.Take(GrantTarget).Sum();
        var terms = new CallTerms(
            AwardedCallTitle, CallKind.SeedCapital, Money.Of(budget, Currency.MNT), Money.Of(15_000_000m, Currency.MNT), 6m,
            [Criterion.Create("Innovation", 3), Criterion.Create("Market potential", 3), Criterion.Create("Team", 2), Criterion.Create("Local impact", 2)],
            now.AddDays(-100), now.AddDays(-60), now.AddDays(-45), AllowsTeamsWithoutApplication: false);
        var call = CallForProposals.Create(terms, managerId, now.AddDays(-105));
        evaluators.ForEach(call.AppointEvaluator);

        var drafted = new List<Proposal>();
        for (var i = 0; i < founders.Count; i++)
        {
            var founder = founders[i];
            var requested = requests[i];
            var tranche = decimal.Round(requested * 0.4m, 2);
            var content = new ProposalContent(
                Money.Of(requested, Currency.MNT),
                $"Seed capital for \"{founder.VentureName}\" ({founder.Sector}): equipment, a first production run and marketing in Darkhan-Uul.",
                [BudgetLine.Create("Equipment", tranche * 2, Currency.MNT), BudgetLine.Create("Marketing and working capital", requested - (tranche * 2), Currency.MNT)],
                [
                    Milestone.Create("Equipment bought and installed", DateOnly.FromDateTime(now.AddDays(-20).UtcDateTime), tranche, Currency.MNT),
                    Milestone.Create("First sales", DateOnly.FromDateTime(now.AddDays(40).UtcDateTime), tranche, Currency.MNT),
                    Milestone.Create("Final report", DateOnly.FromDateTime(now.AddDays(120).UtcDateTime), requested - (tranche * 2), Currency.MNT),
                ]);
            var proposal = Proposal.Draft(call, founder.FounderUserId, founder.ApplicationId, founder.VentureName, content, now.AddDays(-90).AddHours(i));
            proposal.Submit(call, now.AddDays(-80).AddHours(i));

            // Evaluator k scores proposal i; the last proposal stays below the call's minimum score, and evaluator 3
            // declares a conflict of interest on the first one.
            foreach (var (evaluator, k) in evaluators.Select((e, k) => (e, k)))
            {
                var conflicted = i == 0 && k == 2;
                var value = i == GrantTarget ? 4m + k : 9.5m - (i * 0.3m) - (k * 0.25m);
                proposal.Evaluate(
                    call, evaluator, conflicted,
                    conflicted ? null : call.Criteria.ToDictionary(c => c.Name, c => decimal.Clamp(decimal.Round(value + (c.Weight == 3 ? 0.5m : -0.5m), 1), 0, 10)),
                    now.AddDays(-55).AddHours(i + k));
            }

            drafted.Add(proposal);
        }

        var made = CallAwarding.Award(call, drafted, managerId, now.AddDays(-40)).Grants;

        // The first tranche of six grants is paid, at the euro rate of its day.
        for (var i = 0; i < made.Count && i < 6; i++)
        {
            var releasedAt = now.AddDays(-30 + (i * 2));
            var day = DateOnly.FromDateTime(releasedAt.UtcDateTime);
            var rate = 3_700m + (i * 7.25m);
            await rates.AddAsync(ExchangeRate.Record(Currency.MNT, day, rate, managerId, releasedAt.AddHours(-2)), cancellationToken);
            made[i].ReportMilestone(1, "The equipment is bought and installed; invoices are attached to the report.", 1 + (i % 3), made[i].FounderUserId, releasedAt.AddDays(-1));
            made[i].ReleaseTranche(1, rate, day, managerId, releasedAt);
        }

        // A reported milestone waiting for the manager's approval.
        if (made.Count > 6)
        {
            made[6].ReportMilestone(1, "Equipment installed at the workshop in Darkhan.", 2, made[6].FounderUserId, now.AddDays(-2));
        }

        await calls.AddAsync(call, cancellationToken);
        await proposals.AddRangeAsync(drafted, cancellationToken);
        await grants.AddRangeAsync(made, cancellationToken);
    }

    private async Task SeedPilotCompetitionAsync(List<ApplicantsAcceptedApplicationDto> founders, Guid managerId, List<Guid> evaluators, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var terms = new CallTerms(
            PilotCallTitle, CallKind.PilotCompetition, Money.Of(60_000_000m, Currency.MNT), Money.Of(20_000_000m, Currency.MNT), 5m,
            [Criterion.Create("Social impact", 4), Criterion.Create("Feasibility", 3), Criterion.Create("Digital innovation", 3)],
            now.AddDays(-7), now.AddDays(28), now.AddDays(42), AllowsTeamsWithoutApplication: true);
        var call = CallForProposals.Create(terms, managerId, now.AddDays(-10));
        evaluators.ForEach(call.AppointEvaluator);
        await calls.AddAsync(call, cancellationToken);

        var pilots = new List<Proposal>();
        foreach (var (founder, i) in founders.Select((f, i) => (f, i)))
        {
            var requested = 15_000_000m + (i * 2_500_000m);
            var proposal = Proposal.Draft(
                call, founder.FounderUserId, founder.ApplicationId, founder.VentureName,
                new ProposalContent(Money.Of(requested, Currency.MNT), $"A pilot of \"{founder.VentureName}\" with soum administrations of Darkhan-Uul.", [], []),
                now.AddDays(-5).AddHours(i));
            proposal.Submit(call, now.AddDays(-4).AddHours(i));
            pilots.Add(proposal);
        }

        if (pilots.Count > 0)
        {
            await proposals.AddRangeAsync(pilots, cancellationToken);
        }
    }

    private async Task<IdentityPersonDto> PersonAsync(string email, CancellationToken cancellationToken) =>
        await sender.Send(new FindPersonByEmailQuery(email), cancellationToken)
        ?? throw new InvalidOperationException($"The demo account {email} is missing: Identity's demo data must load first.");
}
