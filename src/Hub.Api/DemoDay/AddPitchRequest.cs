namespace Hub.Api.DemoDay;

/// <summary>An accepted application pitching in a slot (1 is first), optionally at a time.</summary>
public sealed record AddPitchRequest(Guid ApplicationId, int Slot, DateTimeOffset? StartsAt);
