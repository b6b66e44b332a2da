using Hub.Domain.Reporting;

namespace Hub.Application.Reporting;

/// <summary>
/// The Reporting module's own tables: facts and people, written from other modules' events (a newer
/// <c>RecordedAt</c> wins, so repeats and late arrivals change nothing) and read in two queries per report.
/// </summary>
public interface IReportingReadModel
{
    Task RecordPersonAsync(ReportedPerson person, CancellationToken cancellationToken);

    Task RecordFactsAsync(IReadOnlyCollection<ReportedFact> facts, CancellationToken cancellationToken);

    /// <summary>The facts of the period (and those of kinds that ignore it), with the people they name.</summary>
    Task<ReportingSnapshot> ReadAsync(ReportingPeriod period, IReadOnlyCollection<string>? kinds, CancellationToken cancellationToken);
}
