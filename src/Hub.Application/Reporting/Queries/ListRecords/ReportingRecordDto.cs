namespace Hub.Application.Reporting.Queries.ListRecords;

/// <summary>One row of an underlying list: the fact and its founder's anonymous attributes, never a name or contact.</summary>
public sealed record ReportingRecordDto(
    Guid SubjectId,
    Guid? UserId,
    Guid? RelatedId,
    Guid? GroupId,
    string Detail,
    decimal Quantity,
    decimal? AmountMnt,
    decimal? AmountEur,
    DateTimeOffset OccurredAt,
    string? Gender,
    int? BirthYear,
    string AgeBand,
    string? Soum);
