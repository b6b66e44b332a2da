namespace Hub.Domain.SeedCapital.Proposals;

/// <summary>One evaluator's verdict on a proposal: scores per criterion, or a declared conflict of interest (and no scores).</summary>
public sealed class Evaluation
{
    private Evaluation()
    {
    }

    public Guid Id { get; private set; }

    public Guid EvaluatorUserId { get; private set; }

    public bool ConflictOfInterest { get; private set; }

    public IReadOnlyDictionary<string, decimal> Scores { get; private set; } = new Dictionary<string, decimal>();

    public DateTimeOffset EvaluatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal static Evaluation Record(Guid evaluatorUserId, bool conflictOfInterest, IReadOnlyDictionary<string, decimal> scores, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            EvaluatorUserId = evaluatorUserId,
            ConflictOfInterest = conflictOfInterest,
            Scores = scores,
            EvaluatedAt = now,
            UpdatedAt = now,
        };

    internal void Revise(bool conflictOfInterest, IReadOnlyDictionary<string, decimal> scores, DateTimeOffset now)
    {
        ConflictOfInterest = conflictOfInterest;
        Scores = scores;
        UpdatedAt = now;
    }
}
