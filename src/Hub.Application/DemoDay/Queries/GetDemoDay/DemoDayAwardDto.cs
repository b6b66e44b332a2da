namespace Hub.Application.DemoDay.Queries.GetDemoDay;

public sealed record DemoDayAwardDto(Guid Id, string Category, Guid PitchId);
