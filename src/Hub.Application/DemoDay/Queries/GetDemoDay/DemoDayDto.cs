namespace Hub.Application.DemoDay.Queries.GetDemoDay;

/// <summary>A Demo Day; declared conflicts are listed for staff and, to a judge, their own. <see cref="Version"/> is what a manager's change sends back to be refused when stale.</summary>
public sealed record DemoDayDto(
    Guid Id,
    string Name,
    DateOnly HeldOn,
    string? Venue,
    decimal ScaleMin,
    decimal ScaleMax,
    IReadOnlyList<DemoDayCriterionDto> Criteria,
    string Status,
    string? ResultsStatus,
    IReadOnlyList<DemoDayPitchDto> Pitches,
    IReadOnlyList<DemoDayJudgeDto> Judges,
    IReadOnlyList<DemoDayConflictDto> Conflicts,
    IReadOnlyList<DemoDayAwardDto> Awards,
    uint Version);
