namespace Hub.Application.DemoDay.Contracts;

/// <summary>One pitch's published place (z-score rule) and awards.</summary>
public sealed record DemoDayPitchResult(
    Guid PitchId, Guid ApplicationId, Guid FounderUserId, string VentureName, int Rank, double NormalizedScore, double RawMean, int JudgeCount, IReadOnlyList<string> Awards);
