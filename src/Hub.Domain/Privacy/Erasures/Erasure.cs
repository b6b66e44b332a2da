using Hub.Domain.Common;

namespace Hub.Domain.Privacy.Erasures;

/// <summary>
/// The log of one person's erasure: who asked, when and why, and whose user id it was. It never holds the erased data
/// (no name, e-mail or phone), so the log itself stays free of what it removed.
/// </summary>
public sealed class Erasure : AggregateRoot<ErasureId>
{
    public const int MaxReasonLength = 1000;

    private Erasure()
    {
    }

    public Guid SubjectUserId { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ErasureStatus Status { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Recorded once the account is anonymised; the modules follow through the integration event.</summary>
    public static Erasure Completed(Guid subjectUserId, string reason, Guid requestedBy, DateTimeOffset now) =>
        new()
        {
            Id = ErasureId.New(),
            SubjectUserId = subjectUserId,
            Reason = Guard.Text(reason, "reason", MaxReasonLength),
            RequestedBy = requestedBy,
            RequestedAt = now,
            Status = ErasureStatus.Completed,
            CompletedAt = now,
        };
}
