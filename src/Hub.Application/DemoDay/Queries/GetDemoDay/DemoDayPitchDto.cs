namespace Hub.Application.DemoDay.Queries.GetDemoDay;

public sealed record DemoDayPitchDto(Guid Id, Guid ApplicationId, string VentureName, int Slot, DateTimeOffset? StartsAt);
