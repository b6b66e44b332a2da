using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls.Events;

namespace Hub.Domain.SeedCapital.Calls;

/// <summary>
/// A call for proposals with a budget, weighted criteria and a window: Draft → Open → Closed → Awarded. The
/// clock opens and closes it (deadline jobs and a sweep); a manager's award ends it.
/// </summary>
public sealed class CallForProposals : AggregateRoot<CallId>
{
    public const int MaxCriteria = 20;
    public const int MaxTitleLength = 200;
    public const decimal MaxScore = 10m;

    /// <summary>Moments past this are surely typing mistakes (and would overflow date arithmetic near year 9999).</summary>
    public static readonly DateTimeOffset LatestMoment = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How long after the close evaluators have when the manager names no evaluation deadline.</summary>
    public static readonly TimeSpan DefaultEvaluationPeriod = TimeSpan.FromDays(14);

    private List<Criterion> _criteria = [];
    private readonly List<Guid> _evaluators = [];

    private CallForProposals()
    {
    }

    public string Title { get; private set; } = string.Empty;

    public CallKind Kind { get; private set; }

    public Money Budget { get; private set; } = null!;

    public Money MaxGrant { get; private set; } = null!;

    public decimal MinScore { get; private set; }

    public IReadOnlyList<Criterion> Criteria => _criteria;

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateTimeOffset EvaluationDeadline { get; private set; }

    /// <summary>A pilot competition may take proposals from teams that have no accepted application.</summary>
    public bool AllowsTeamsWithoutApplication { get; private set; }

    /// <summary>The status as last recorded; <see cref="StatusAt"/> tells the status at any moment.</summary>
    public CallStatus Status { get; private set; }

    /// <summary>The evaluation committee: user ids of the appointed evaluators.</summary>
    public IReadOnlyList<Guid> Evaluators => _evaluators;

    public DateTimeOffset? RemindersSentAt { get; private set; }

    public CallAward? Award { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Currency Currency => Budget.Currency;

    public static CallForProposals Create(CallTerms terms, Guid createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var evaluationDeadline = terms.EvaluationDeadline ?? terms.ClosesAt + DefaultEvaluationPeriod;
        EnsureWindow(terms, evaluationDeadline, now);
        if (terms.MaxGrant.Currency != terms.Budget.Currency)
        {
            throw new InvalidValueException("maxGrant", $"'maxGrant' must be in the budget's currency ({terms.Budget.Currency}).");
        }

        // A maximum grant above the budget is allowed: such a request is simply never covered.
        if (terms.MaxGrant.Amount <= 0)
        {
            throw new InvalidValueException("maxGrant", "'maxGrant' must be above 0.");
        }

        if (terms.MinScore is < 0 or > MaxScore)
        {
            throw new InvalidValueException("minScore", $"'minScore' must be between 0 and {MaxScore:0}.");
        }

        if (terms.Criteria.Count is 0 or > MaxCriteria)
        {
            throw new InvalidValueException("criteria", $"A call needs 1 to {MaxCriteria} criteria.");
        }

        if (terms.Criteria.DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Count() != terms.Criteria.Count)
        {
            throw new InvalidValueException("criteria", "Criteria names must differ.");
        }

        if (terms.AllowsTeamsWithoutApplication && terms.Kind != CallKind.PilotCompetition)
        {
            throw new InvalidValueException("allowTeamsWithoutApplication", "Only a pilot competition may take proposals from teams without an accepted application.");
        }

        var call = new CallForProposals
        {
            Id = CallId.New(),
            Title = Guard.Text(terms.Title, "title", MaxTitleLength),
            Kind = Enum.IsDefined(terms.Kind) ? terms.Kind : throw new InvalidValueException("kind", $"'{terms.Kind}' is not a kind of call."),
            Budget = terms.Budget,
            MaxGrant = terms.MaxGrant,
            MinScore = terms.MinScore,
            _criteria = [.. terms.Criteria],
            OpensAt = terms.OpensAt.ToUniversalTime(),
            ClosesAt = terms.ClosesAt.ToUniversalTime(),
            EvaluationDeadline = evaluationDeadline.ToUniversalTime(),
            AllowsTeamsWithoutApplication = terms.AllowsTeamsWithoutApplication,
            Status = CallStatus.Draft,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        call.Advance(now);
        return call;
    }

    /// <summary>The status at a moment; it only ever moves forward, even if a clock steps back.</summary>
    public CallStatus StatusAt(DateTimeOffset now) => StatusOf(Status, OpensAt, ClosesAt, now);

    /// <summary>The status at a moment of a call recorded as <paramref name="recorded"/> (for a list that reads the columns alone).</summary>
    public static CallStatus StatusOf(CallStatus recorded, DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now) =>
        recorded == CallStatus.Awarded ? CallStatus.Awarded
        : recorded == CallStatus.Closed || now >= closesAt ? CallStatus.Closed
        : recorded == CallStatus.Open || now >= opensAt ? CallStatus.Open
        : CallStatus.Draft;

    /// <summary>Moves the recorded status to where the clock says it is; called by the deadline jobs and the sweep.</summary>
    /// <returns>Whether the status changed.</returns>
    public bool Advance(DateTimeOffset now)
    {
        var target = StatusAt(now);
        if (target == Status)
        {
            return false;
        }

        Status = target;
        return true;
    }

    /// <summary>A proposal may be drafted until the call closes.</summary>
    public void EnsureAcceptsProposals(DateTimeOffset now)
    {
        if (StatusAt(now) is CallStatus.Closed or CallStatus.Awarded)
        {
            throw new BusinessRuleException("call.closed", $"Call '{Title}' closed for proposals at {ClosesAt:u}.");
        }
    }

    /// <summary>Refuses a submission outside the window, whether or not the deadline job has run yet.</summary>
    public void EnsureAcceptsSubmissions(DateTimeOffset now)
    {
        switch (StatusAt(now))
        {
            case CallStatus.Draft:
                throw new BusinessRuleException("call.not-open", $"Call '{Title}' opens for submissions at {OpensAt:u}.");
            case CallStatus.Closed or CallStatus.Awarded:
                throw new BusinessRuleException("call.closed", $"Call '{Title}' closed for submissions at {ClosesAt:u}.");
        }
    }

    public void EnsureWithinMaxGrant(Money requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        if (requested.Currency != Currency)
        {
            throw new BusinessRuleException("proposal.wrong-currency", $"Call '{Title}' grants in {Currency}, not {requested.Currency}.");
        }

        if (requested.Amount > MaxGrant.Amount)
        {
            throw new BusinessRuleException("proposal.above-max-grant", $"The requested {requested} is above the call's maximum grant of {MaxGrant}.");
        }

        if (requested.Amount <= 0)
        {
            throw new BusinessRuleException("proposal.nothing-requested", "A proposal must request more than 0.");
        }
    }

    public bool IsEvaluator(Guid userId) => _evaluators.Contains(userId);

    public void AppointEvaluator(Guid userId)
    {
        EnsureNotAwarded();
        if (IsEvaluator(userId))
        {
            throw new StateConflictException("call.evaluator-appointed", "This person already sits on the call's evaluation committee.");
        }

        _evaluators.Add(userId);
    }

    public void EnsureNotAwarded()
    {
        if (Status == CallStatus.Awarded)
        {
            throw new StateConflictException("call.awarded", $"Call '{Title}' was awarded on {Award!.AwardedAt:u}; its evaluations and committee are final.");
        }
    }

    /// <summary>Applies <see cref="AwardRule"/> to the call's submitted proposals and records the result; a call is awarded once.</summary>
    /// <summary>What the award rule would decide now over these candidates: the preview a manager sees, and what the award applies.</summary>
    public AwardOutcome RankNow(IReadOnlyList<AwardCandidate> candidates) =>
        AwardRule.Apply(Budget.Amount, MinScore, [.. _criteria.Select(c => new AwardCriterion(c.Name, c.Weight))], candidates);

    /// <summary>Refuses an award of a call already awarded, or not yet open.</summary>
    public void EnsureAwardable(DateTimeOffset now)
    {
        EnsureNotAwarded();
        if (StatusAt(now) == CallStatus.Draft)
        {
            throw new StateConflictException("call.not-open", $"Call '{Title}' has not opened yet: it opens at {OpensAt:u}.");
        }
    }

    public AwardOutcome AwardGrants(IReadOnlyList<AwardCandidate> candidates, Guid awardedBy, DateTimeOffset now)
    {
        EnsureAwardable(now);
        var outcome = RankNow(candidates);
        var requested = candidates.ToDictionary(c => c.ProposalId, c => c.RequestedAmount);
        var awarded = outcome.Awarded.ToDictionary(a => a.ProposalId, a => a.Amount);
        Award = new CallAward(
            awardedBy,
            now,
            Money.Of(outcome.TotalAwarded, Currency),
            Money.Of(outcome.Remaining, Currency),
            [.. outcome.Ranking.Select(r => new AwardRankingEntry(r.ProposalId, r.Rank, r.Score, r.Evaluations, requested[r.ProposalId], awarded.TryGetValue(r.ProposalId, out var amount) ? amount : null))]);
        Status = CallStatus.Awarded;
        Raise(new CallAwardedDomainEvent(Id, Title, Kind, Award, now, candidates.ToDictionary(c => c.ProposalId, c => c.FounderUserId)));
        return outcome;
    }

    public void MarkRemindersSent(DateTimeOffset now) => RemindersSentAt = now;

    private static void EnsureWindow(CallTerms terms, DateTimeOffset evaluationDeadline, DateTimeOffset now)
    {
        if (terms.ClosesAt <= terms.OpensAt)
        {
            throw new InvalidValueException("closesAt", "'closesAt' must be later than 'opensAt'.");
        }

        if (terms.ClosesAt <= now)
        {
            throw new InvalidValueException("closesAt", "'closesAt' must be in the future.");
        }

        if (evaluationDeadline <= terms.ClosesAt)
        {
            throw new InvalidValueException("evaluationDeadline", "'evaluationDeadline' must be later than 'closesAt'.");
        }

        if (evaluationDeadline >= LatestMoment)
        {
            throw new InvalidValueException("evaluationDeadline", $"'closesAt' and 'evaluationDeadline' must be before {LatestMoment:yyyy-MM-dd}.");
        }
    }
}
