namespace Hub.Domain.DemoDay.Editions;

/// <summary>An accepted venture's slot on the day; the founder and venture name are copied from Applicants when it is added.</summary>
public sealed record Pitch(Guid Id, Guid ApplicationId, Guid FounderUserId, string VentureName, int Slot, DateTimeOffset? StartsAt);
