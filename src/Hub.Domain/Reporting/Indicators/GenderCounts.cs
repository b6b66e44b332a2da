namespace Hub.Domain.Reporting.Indicators;

/// <summary>An indicator split by the founders' gender; <see cref="Unknown"/> when none reached the read model.</summary>
public sealed record GenderCounts(decimal Female, decimal Male, decimal Other, decimal Unknown);
