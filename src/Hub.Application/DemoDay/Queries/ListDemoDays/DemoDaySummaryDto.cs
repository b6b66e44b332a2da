namespace Hub.Application.DemoDay.Queries.ListDemoDays;

public sealed record DemoDaySummaryDto(Guid Id, string Name, DateOnly HeldOn, string? Venue, string Status, int PitchCount, int JudgeCount);
