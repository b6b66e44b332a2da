using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Proposals;

/// <summary>
/// One evaluator's verdict on a proposal: scores per criterion with an optional comment for the committee, or a
/// declared conflict of interest (and no scores, no comment).
/// </summary>
public sealed class Evaluation
{
    public const int MaxCommentLength = 2000;

    private Evaluation()
    {
    }

    public Guid Id { get; private set; }

    public Guid EvaluatorUserId { get; private set; }

    public bool ConflictOfInterest { get; private set; }

    public IReadOnlyDictionary<string, decimal> Scores { get; private set; } = new Dictionary<string, decimal>();

    /// <summary>What the evaluator wants the committee to read beside the scores; null when they wrote none.</summary>
    public string? Comment { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    internal static Evaluation Record(Guid evaluatorUserId, bool conflictOfInterest, IReadOnlyDictionary<string, decimal> scores, string? comment, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            EvaluatorUserId = evaluatorUserId,
            ConflictOfInterest = conflictOfInterest,
            Scores = scores,
            Comment = comment,
            EvaluatedAt = now,
            UpdatedAt = now,
        };

    internal void Revise(bool conflictOfInterest, IReadOnlyDictionary<string, decimal> scores, string? comment, DateTimeOffset now)
    {
        ConflictOfInterest = conflictOfInterest;
        Scores = scores;
        Comment = comment;
        UpdatedAt = now;
    }

    internal void EraseComment() => Comment = null;

    /// <summary>A comment as it is kept: trimmed, none when blank, at most <see cref="MaxCommentLength"/> characters.</summary>
    internal static string? CommentOf(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? null : Guard.Text(comment, "comment", MaxCommentLength);
}
