using Hub.Domain.Reporting;

namespace Hub.Application.Reporting;

/// <summary>What a report is computed from: the period's facts and the anonymous attributes of the people they name.</summary>
public sealed record ReportingSnapshot(IReadOnlyList<ReportedFact> Facts, IReadOnlyDictionary<Guid, ReportedPerson> People);
