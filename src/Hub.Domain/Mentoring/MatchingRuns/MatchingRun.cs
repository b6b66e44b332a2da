using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.MatchingRuns;

/// <summary>One matching of an intake's accepted applications to mentors, computed in the background and then published.</summary>
public sealed class MatchingRun : AggregateRoot<MatchingRunId>
{
    public const int MaxPairs = 500;

    private MatchingRun()
    {
    }

    public Guid IntakeId { get; private set; }

    public MatchingRunStatus Status { get; private set; }

    public string? FailureReason { get; private set; }

    public IReadOnlyList<PairRef> Pins { get; private set; } = [];

    public IReadOnlyList<PairRef> Forbids { get; private set; } = [];

    public IReadOnlyList<MatchingCandidate> Candidates { get; private set; } = [];

    public IReadOnlyList<MatchingAssignment> Assignments { get; private set; } = [];

    public IReadOnlyList<Guid> Unmatched { get; private set; } = [];

    public decimal TotalScore { get; private set; }

    /// <summary>The date whose time-zone rules the working-hours overlap used.</summary>
    public DateOnly? ScoredOn { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public static MatchingRun Queue(Guid intakeId, IReadOnlyList<PairRef> pins, IReadOnlyList<PairRef> forbids, Guid requestedBy, DateTimeOffset now)
    {
        if (pins.Count > MaxPairs || forbids.Count > MaxPairs)
        {
            throw new InvalidValueException("pins", $"At most {MaxPairs} pins and {MaxPairs} forbids.");
        }

        return new MatchingRun
        {
            Id = MatchingRunId.New(),
            IntakeId = intakeId,
            Status = MatchingRunStatus.Queued,
            Pins = [.. pins.Distinct()],
            Forbids = [.. forbids.Distinct()],
            RequestedBy = requestedBy,
            RequestedAt = now,
        };
    }

    /// <summary>Whether the job may work on the run: a retried job finds it already done and leaves it.</summary>
    public bool Start()
    {
        if (Status is MatchingRunStatus.Completed or MatchingRunStatus.Failed)
        {
            return false;
        }

        Status = MatchingRunStatus.Running;
        return true;
    }

    public void Complete(
        IReadOnlyList<MatchingCandidate> candidates, IReadOnlyList<MatchingAssignment> assignments, IReadOnlyList<Guid> unmatched, DateOnly scoredOn, DateTimeOffset now)
    {
        Candidates = candidates;
        Assignments = assignments;
        Unmatched = unmatched;
        TotalScore = assignments.Sum(a => a.Score);
        ScoredOn = scoredOn;
        Status = MatchingRunStatus.Completed;
        CompletedAt = now;
    }

    public void Fail(string reason, IReadOnlyList<MatchingCandidate> candidates, DateOnly? scoredOn, DateTimeOffset now)
    {
        Candidates = candidates;
        FailureReason = reason.Length > 2000 ? reason[..2000] : reason;
        ScoredOn = scoredOn;
        Status = MatchingRunStatus.Failed;
        CompletedAt = now;
    }

    /// <summary>Marks the run published; the caller proposes a mentorship for each assignment.</summary>
    public IReadOnlyList<MatchingAssignment> Publish(DateTimeOffset now)
    {
        if (Status != MatchingRunStatus.Completed)
        {
            throw new StateConflictException("matching-run.not-completed", $"Only a completed run can be published; this one is {Status}.");
        }

        if (PublishedAt is not null)
        {
            throw new StateConflictException("matching-run.published", "This run is already published.");
        }

        PublishedAt = now;
        return Assignments;
    }
}
