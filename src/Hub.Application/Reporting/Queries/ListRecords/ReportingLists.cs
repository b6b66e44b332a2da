using Hub.Domain.Reporting;

namespace Hub.Application.Reporting.Queries.ListRecords;

/// <summary>The underlying lists the donor's auditors get, each one kind of fact.</summary>
public static class ReportingLists
{
    public const string Applications = "applications";
    public const string Attendance = "attendance";
    public const string MentoringSessions = "mentoring-sessions";
    public const string Grants = "grants";

    public static IReadOnlyDictionary<string, string> KindOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Applications] = FactKinds.Application,
        [Attendance] = FactKinds.Attendance,
        [MentoringSessions] = FactKinds.MentoringSession,
        [Grants] = FactKinds.Grant,
    };
}
