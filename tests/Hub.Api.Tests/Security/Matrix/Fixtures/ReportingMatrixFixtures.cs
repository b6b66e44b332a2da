using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Reporting module's matrix requests (table: <c>Matrix/Tables/Reporting.md</c>): reads only, no state to prepare.</summary>
internal sealed class ReportingMatrixFixtures : IMatrixFixtures
{
    private const string Reports = "/api/v1/reports";

    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["GetReportIndicators"] = (_, _) => Get($"{Reports}/indicators"),
        ["ExportReportIndicators"] = (_, _) => Get($"{Reports}/indicators.csv?from=2026-01-01&to=2026-12-31"),
        ["ExportReportApplications"] = (_, _) => Get($"{Reports}/applications.csv"),
        ["ExportReportAttendance"] = (_, _) => Get($"{Reports}/attendance.csv"),
        ["ExportReportMentoringSessions"] = (_, _) => Get($"{Reports}/mentoring-sessions.csv"),
        ["ExportReportGrants"] = (_, _) => Get($"{Reports}/grants.csv?from=2026-01-01&to=2026-12-31"),
    };
}
