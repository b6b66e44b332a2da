namespace Hub.Domain.DemoDay.Ranking;

/// <summary>A pitch as the ranking sees it: its id and its slot (the last tie-break).</summary>
public sealed record PitchEntry(Guid PitchId, int Slot);
