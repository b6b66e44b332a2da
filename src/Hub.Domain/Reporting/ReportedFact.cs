namespace Hub.Domain.Reporting;

/// <summary>
/// One fact another module told (an attendance line, a logged session, a grant…), keyed so a repeat or a correction
/// replaces it. <see cref="SubjectId"/> is the thing counted, <see cref="UserId"/> the founder it belongs to (for the
/// breakdowns), <see cref="RelatedId"/> and <see cref="GroupId"/> what it hangs off (mentor, module; programme, call,
/// Demo Day), <see cref="Detail"/> a status, format or kind, <see cref="Quantity"/> hours, a count or an amount.
/// </summary>
public sealed record ReportedFact(
    string Key,
    string Kind,
    Guid SubjectId,
    Guid? UserId,
    Guid? RelatedId,
    Guid? GroupId,
    string Detail,
    decimal Quantity,
    decimal? AmountMnt,
    decimal? AmountEur,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt)
{
    public const int MaxKeyLength = 120;
    public const int MaxKindLength = 40;
    public const int MaxDetailLength = 300;
}
