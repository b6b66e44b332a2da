namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>demoday.results_published</c>: the public ranking and awards of a Demo Day.</summary>
public sealed record ResultsPublishedData(Guid DemoDayId, string Name, DateOnly HeldOn, IReadOnlyList<ResultsPublishedPitchData> Pitches);
