namespace Hub.Application.DemoDay.Queries.GetResults;

/// <summary>The results of a closed Demo Day by one method; <see cref="Pitches"/> is empty until <see cref="Status"/> is Completed.</summary>
public sealed record DemoDayResultsDto(Guid DemoDayId, string Status, string Method, string? FailureReason, DateTimeOffset? ComputedAt, IReadOnlyList<DemoDayResultPitchDto> Pitches);
