namespace Hub.Domain.Reporting;

/// <summary>
/// The anonymous attributes of a person the indicators break down by: no name, e-mail or phone, so erasing a
/// person elsewhere leaves the counts as they are.
/// </summary>
public sealed record ReportedPerson(Guid UserId, string? Gender, int? BirthYear, string? Soum, DateTimeOffset RecordedAt)
{
    public const int MaxGenderLength = 20;
    public const int MaxSoumLength = 100;
}
