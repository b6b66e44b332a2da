namespace Hub.Domain.Reporting.Indicators;

/// <summary>What one fact (or one person) adds to an indicator, and whose it is for the breakdowns.</summary>
public sealed record Contribution(Guid? UserId, decimal Value);
