namespace Hub.Domain.SeedCapital.Calls;

public enum CallKind
{
    /// <summary>Seed capital for accepted founders' ventures.</summary>
    SeedCapital,

    /// <summary>A call for competition for social or IT pilot projects.</summary>
    PilotCompetition,
}
