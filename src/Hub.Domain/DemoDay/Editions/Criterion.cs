namespace Hub.Domain.DemoDay.Editions;

/// <summary>What judges score a pitch on, and how much it counts in the sheet's weighted score.</summary>
public sealed record Criterion(string Name, decimal Weight);
