namespace Hub.Application.DemoDay.Contracts;

/// <summary>A person's pitch on a Demo Day, with its rank by each published method and the awards it won.</summary>
public sealed record DemoDayPersonalPitchDto(
    Guid DemoDayId, string DemoDayName, DateOnly HeldOn, Guid PitchId, Guid ApplicationId, string VentureName, int Slot, DateTimeOffset? StartsAt,
    IReadOnlyList<int> Ranks, IReadOnlyList<string> Awards);
