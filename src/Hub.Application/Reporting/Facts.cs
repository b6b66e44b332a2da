using Hub.Domain.Reporting;

namespace Hub.Application.Reporting;

/// <summary>Builds the read model's facts from what the events carry; the key makes a repeat replace its first version.</summary>
internal static class Facts
{
    public static ReportedFact Of(
        string kind,
        Guid subjectId,
        string keySuffix,
        Guid? userId,
        Guid? relatedId,
        Guid? groupId,
        string detail,
        decimal quantity,
        DateTimeOffset occurredAt,
        DateTimeOffset recordedAt,
        decimal? amountMnt = null,
        decimal? amountEur = null) =>
        new(
            $"{kind}:{subjectId:N}{keySuffix}",
            kind,
            subjectId,
            userId == Guid.Empty ? null : userId,
            relatedId,
            groupId,
            detail.Length > ReportedFact.MaxDetailLength ? detail[..ReportedFact.MaxDetailLength] : detail,
            quantity,
            amountMnt,
            amountEur,
            occurredAt,
            recordedAt);

    public static decimal Hours(int minutes) => minutes / 60m;

    /// <summary>The event's own time; an event raised without one (a test's) counts from when it arrives.</summary>
    public static DateTimeOffset When(DateTimeOffset occurredAt, TimeProvider clock) =>
        occurredAt == default ? clock.GetUtcNow() : occurredAt;
}
