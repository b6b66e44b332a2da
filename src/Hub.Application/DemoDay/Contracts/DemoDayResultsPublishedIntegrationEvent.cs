using Hub.Application.Common.Messaging;

namespace Hub.Application.DemoDay.Contracts;

/// <summary>A Demo Day's results and awards are public: for the donor report and the <c>demoday.results_published</c> webhook.</summary>
public sealed record DemoDayResultsPublishedIntegrationEvent(Guid DemoDayId, string Name, DateOnly HeldOn, IReadOnlyList<DemoDayPitchResult> Pitches) : IntegrationEvent;
