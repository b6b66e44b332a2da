using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>A Demo Day's own columns and how many pitches and judges it has, as the list shows it.</summary>
public sealed record DemoDaySummaryRow(Guid Id, string Name, DateOnly HeldOn, string? Venue, DemoDayStatus Status, int PitchCount, int JudgeCount);
