namespace Hub.Application.DemoDay.Queries.GetResults;

public sealed record DemoDayResultPitchDto(
    Guid PitchId, int Rank, double NormalizedScore, double RawMean, int JudgeCount, int Slot, Guid ApplicationId, string VentureName, IReadOnlyList<string> Awards);
