namespace Hub.Domain.DemoDay.Editions;

/// <summary>An EU-DIEH Award category (Best Entrepreneur, People's Choice…) given to a pitch.</summary>
public sealed record Award(Guid Id, string Category, Guid PitchId, DateTimeOffset AwardedAt);
