using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals.Events;

namespace Hub.Domain.SeedCapital.Proposals;

/// <summary>
/// An applicant's proposal to a call: Draft → Submitted → (after the award) Awarded | NotFunded. Evaluators of the
/// call score it; their evaluations live here.
/// </summary>
public sealed class Proposal : AggregateRoot<ProposalId>
{
    public const int MaxSummaryLength = 4000;
    public const int MaxBudgetLines = 50;
    public const int MaxMilestones = 20;

    private List<BudgetLine> _budgetLines = [];
    private List<Milestone> _milestones = [];
    private readonly List<Evaluation> _evaluations = [];

    private Proposal()
    {
    }

    public CallId CallId { get; private set; }

    /// <summary>The accepted application it builds on; none for a pilot team without one, where the call allows it.</summary>
    public Guid? ApplicationId { get; private set; }

    public Guid FounderUserId { get; private set; }

    /// <summary>The venture's name (from the application), or the team's name for a pilot team without one.</summary>
    public string VentureName { get; private set; } = string.Empty;

    public Money RequestedAmount { get; private set; } = null!;

    public string Summary { get; private set; } = string.Empty;

    public IReadOnlyList<BudgetLine> BudgetLines => _budgetLines;

    public IReadOnlyList<Milestone> Milestones => _milestones;

    public IReadOnlyList<Evaluation> Evaluations => _evaluations;

    public ProposalStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public decimal? AwardedAmount { get; private set; }

    public static Proposal Draft(CallForProposals call, Guid founderUserId, Guid? applicationId, string ventureName, ProposalContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(content);
        call.EnsureAcceptsProposals(now);
        if (applicationId is null && !call.AllowsTeamsWithoutApplication)
        {
            throw new BusinessRuleException("proposal.application-required", $"Call '{call.Title}' takes proposals only from founders with an accepted application.");
        }

        CheckContent(call, content);
        return new Proposal
        {
            Id = ProposalId.New(),
            CallId = call.Id,
            ApplicationId = applicationId,
            FounderUserId = founderUserId,
            VentureName = Guard.Text(ventureName, "teamName", 200),
            RequestedAmount = content.RequestedAmount,
            Summary = Guard.Text(content.Summary, "summary", MaxSummaryLength),
            _budgetLines = [.. content.BudgetLines],
            _milestones = [.. content.Milestones],
            Status = ProposalStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The founder changes their draft while the call still takes proposals; the same rules hold as when drafting.</summary>
    public void Revise(CallForProposals call, ProposalContent content, DateTimeOffset now)
    {
        EnsureOf(call);
        ArgumentNullException.ThrowIfNull(content);
        if (Status != ProposalStatus.Draft)
        {
            throw new StateConflictException("proposal.not-draft", $"Only a draft can be changed; this proposal is {Status}.");
        }

        call.EnsureAcceptsProposals(now);
        CheckContent(call, content);
        RequestedAmount = content.RequestedAmount;
        Summary = Guard.Text(content.Summary, "summary", MaxSummaryLength);
        _budgetLines = [.. content.BudgetLines];
        _milestones = [.. content.Milestones];
        UpdatedAt = now;
    }

    public void Submit(CallForProposals call, DateTimeOffset now)
    {
        EnsureOf(call);
        if (Status != ProposalStatus.Draft)
        {
            throw new StateConflictException("proposal.not-draft", $"Only a draft can be submitted; this proposal is {Status}.");
        }

        call.EnsureAcceptsSubmissions(now);
        call.EnsureWithinMaxGrant(RequestedAmount);
        Status = ProposalStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    /// <summary>An evaluator of the call scores every criterion 0–10 (with a comment if they like), or declares a conflict; a second evaluation revises the first.</summary>
    /// <returns>Whether this was the evaluator's first evaluation of the proposal.</returns>
    public bool Evaluate(CallForProposals call, Guid evaluatorUserId, bool conflictOfInterest, IReadOnlyDictionary<string, decimal>? scores, DateTimeOffset now, string? comment = null)
    {
        EnsureOf(call);
        call.EnsureNotAwarded();
        if (Status != ProposalStatus.Submitted)
        {
            throw new StateConflictException("proposal.not-submitted", $"Only a submitted proposal can be evaluated; this one is {Status}.");
        }

        var kept = conflictOfInterest ? new Dictionary<string, decimal>() : CheckScores(call, scores ?? new Dictionary<string, decimal>());
        var keptComment = conflictOfInterest ? null : Evaluation.CommentOf(comment);
        var existing = _evaluations.Find(e => e.EvaluatorUserId == evaluatorUserId);
        if (existing is not null)
        {
            existing.Revise(conflictOfInterest, kept, keptComment, now);
            return false;
        }

        _evaluations.Add(Evaluation.Record(evaluatorUserId, conflictOfInterest, kept, keptComment, now));
        return true;
    }

    public Evaluation? EvaluationBy(Guid evaluatorUserId) => _evaluations.Find(e => e.EvaluatorUserId == evaluatorUserId);

    /// <summary>
    /// The evaluator was erased under the GDPR: the comment they wrote goes; their scores (or declared conflict) stay,
    /// so the call's ranking and award remain what they were. Allowed in any state, awarded too; idempotent.
    /// </summary>
    public void EraseEvaluatorComment(Guid evaluatorUserId) => EvaluationBy(evaluatorUserId)?.EraseComment();

    public AwardCandidate ToCandidate() =>
        new(Id.Value, RequestedAmount.Amount, SubmittedAt ?? CreatedAt, [.. _evaluations.Select(e => new CandidateEvaluation(e.ConflictOfInterest, e.Scores))], FounderUserId);

    /// <summary>The award's verdict: funded with <paramref name="amount"/>, or not funded when null.</summary>
    public void Decide(CallForProposals call, decimal? amount, DateTimeOffset now)
    {
        EnsureOf(call);
        if (Status != ProposalStatus.Submitted)
        {
            throw new StateConflictException("proposal.not-submitted", $"Only a submitted proposal can be decided; this one is {Status}.");
        }

        Status = amount is null ? ProposalStatus.NotFunded : ProposalStatus.Awarded;
        AwardedAmount = amount;
        DecidedAt = now;
        UpdatedAt = now;
        Raise(new ProposalDecidedDomainEvent(Id, CallId, FounderUserId, VentureName, call.Title, amount is { } value ? Money.Of(value, call.Currency) : null, now));
    }

    private static void CheckContent(CallForProposals call, ProposalContent content)
    {
        call.EnsureWithinMaxGrant(content.RequestedAmount);
        if (content.BudgetLines.Count > MaxBudgetLines || content.Milestones.Count > MaxMilestones)
        {
            throw new InvalidValueException("budgetLines", $"A proposal has at most {MaxBudgetLines} budget lines and {MaxMilestones} milestones.");
        }

        if (content.BudgetLines.Count > 0 && content.BudgetLines.Sum(l => l.Amount) != content.RequestedAmount.Amount)
        {
            throw new InvalidValueException("budgetLines", $"The budget lines must add up to the requested amount ({content.RequestedAmount}).");
        }

        if (content.Milestones.Count > 0 && content.Milestones.Sum(m => m.Amount) != content.RequestedAmount.Amount)
        {
            throw new InvalidValueException("milestones", $"The milestones' tranches must add up to the requested amount ({content.RequestedAmount}).");
        }
    }

    /// <summary>Criteria are matched by name ignoring case, and kept under the call's spelling of the name.</summary>
    private static Dictionary<string, decimal> CheckScores(CallForProposals call, IReadOnlyDictionary<string, decimal> scores)
    {
        var kept = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, value) in scores)
        {
            var criterion = call.Criteria.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidValueException("scores", $"'{(name is { Length: > 100 } ? name[..100] + "…" : name)}' is not a criterion of this call; criteria: {string.Join(", ", call.Criteria.Select(c => c.Name))}.");
            if (!kept.TryAdd(criterion.Name, value))
            {
                throw new InvalidValueException("scores", $"'{criterion.Name}' is scored twice.");
            }
        }

        var missing = call.Criteria.Where(c => !kept.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidValueException("scores", $"Score every criterion; missing: {string.Join(", ", missing)}.");
        }

        if (kept.Values.Any(v => v is < 0 or > CallForProposals.MaxScore || decimal.Round(v, 4) != v))
        {
            throw new InvalidValueException("scores", $"Each score must be between 0 and {CallForProposals.MaxScore:0}, with at most 4 decimals.");
        }

        return kept;
    }

    private void EnsureOf(CallForProposals call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Id != CallId)
        {
            throw new InvalidOperationException($"Proposal {Id.Value} belongs to call {CallId.Value}, not {call.Id.Value}.");
        }
    }
}
