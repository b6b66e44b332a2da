namespace Hub.Application.Webhooks.Payloads;

public sealed record ResultsPublishedPitchData(
    Guid PitchId, Guid ApplicationId, string VentureName, int Rank, double NormalizedScore, double RawMean, int JudgeCount, IReadOnlyList<string> Awards);
