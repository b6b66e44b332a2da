using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants.Events;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Domain.SeedCapital.Grants;

/// <summary>
/// The grant agreement an awarded proposal becomes: its amount paid in tranches tied to the proposal's milestones
/// (one tranche for the whole grant when it named none). Every change is kept in <see cref="AuditTrail"/>.
/// </summary>
public sealed class Grant : AggregateRoot<GrantId>
{
    private readonly List<Tranche> _tranches = [];
    private readonly List<GrantAuditEntry> _auditTrail = [];

    private Grant()
    {
    }

    public CallId CallId { get; private set; }

    public ProposalId ProposalId { get; private set; }

    public Guid FounderUserId { get; private set; }

    public string VentureName { get; private set; } = string.Empty;

    public Money Amount { get; private set; } = null!;

    public DateTimeOffset AwardedAt { get; private set; }

    public IReadOnlyList<Tranche> Tranches => _tranches;

    public IReadOnlyList<GrantAuditEntry> AuditTrail => _auditTrail;

    public Money Released => Money.Of(_tranches.Where(t => t.Status == TrancheStatus.Released).Sum(t => t.Amount), Amount.Currency);

    public static Grant Award(CallForProposals call, Proposal proposal, decimal amount, Guid awardedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(proposal);
        var grant = new Grant
        {
            Id = GrantId.New(),
            CallId = call.Id,
            ProposalId = proposal.Id,
            FounderUserId = proposal.FounderUserId,
            VentureName = proposal.VentureName,
            Amount = Money.Of(amount, call.Currency),
            AwardedAt = now,
        };

        // The rule funds a proposal's full request, so its milestones' tranches add up to the grant.
        if (proposal.Milestones.Count > 0 && proposal.Milestones.Sum(m => m.Amount) == amount)
        {
            grant._tranches.AddRange(proposal.Milestones.Select((m, i) => Tranche.Plan(i + 1, m.Title, m.DueOn, m.Amount)));
        }
        else
        {
            grant._tranches.Add(Tranche.Plan(1, "Project completed", null, grant.Amount.Amount));
        }

        grant._auditTrail.Add(new GrantAuditEntry(now, awardedBy, "Awarded", $"Grant of {grant.Amount} in {grant._tranches.Count} tranche(s), by the award of call '{call.Title}'."));
        return grant;
    }

    public Tranche TrancheNumber(int number) =>
        _tranches.Find(t => t.Number == number) ?? throw new BusinessRuleException("tranche.unknown", $"This grant has tranches 1 to {_tranches.Count}; there is no tranche {number}.");

    /// <summary>The founder reports the tranche's milestone done, with the jobs the venture created since the last report.</summary>
    public void ReportMilestone(int number, string report, int jobsCreated, Guid reportedBy, DateTimeOffset now)
    {
        var tranche = TrancheNumber(number);
        tranche.RecordReport(report, jobsCreated, now);
        _auditTrail.Add(new GrantAuditEntry(now, reportedBy, "MilestoneReported", $"Tranche {number} ('{tranche.Milestone}') reported done."));
    }

    /// <summary>Refuses, before anything is looked up, the approval of a tranche whose milestone is not reported.</summary>
    public void EnsureAwaitingApproval(int number)
    {
        var tranche = TrancheNumber(number);
        if (tranche.Status != TrancheStatus.Reported)
        {
            throw new StateConflictException("tranche.not-reported", $"Tranche {number} is {tranche.Status}: only a reported milestone can be approved.");
        }
    }

    /// <summary>A manager approves a reported milestone, which releases its tranche at the day's euro rate.</summary>
    public Disbursement ReleaseTranche(int number, decimal unitsPerEur, DateOnly rateDate, Guid approvedBy, DateTimeOffset now)
    {
        var tranche = TrancheNumber(number);
        if (unitsPerEur <= 0)
        {
            throw new BusinessRuleException("exchange-rate.invalid", "The euro rate must be above 0.");
        }

        var money = Money.Of(tranche.Amount, Amount.Currency);
        var disbursement = new Disbursement(money, decimal.Round(tranche.Amount / unitsPerEur, 2, MidpointRounding.AwayFromZero) + 0.00m, unitsPerEur, rateDate, approvedBy, now);
        tranche.Release(disbursement);
        _auditTrail.Add(new GrantAuditEntry(now, approvedBy, "TrancheReleased", $"Tranche {number} released: {money} = {disbursement.EurAmount:0.00} EUR at {unitsPerEur} {Amount.Currency}/EUR of {rateDate:yyyy-MM-dd}."));
        Raise(new TrancheReleasedDomainEvent(Id, FounderUserId, VentureName, number, disbursement, tranche.JobsCreated ?? 0, tranche.ReportedAt ?? now, now));
        return disbursement;
    }
}
