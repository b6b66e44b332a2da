namespace Hub.Domain.DemoDay.Ranking;

/// <summary>How a Demo Day's pitches are ranked; <see cref="ZScore"/> is the contract's rule and the default.</summary>
public enum RankingMethod
{
    /// <summary>Mean per-judge z-score of the weighted sheet scores (the API contract's rule).</summary>
    ZScore,

    /// <summary>Mean weighted sheet score, no normalisation.</summary>
    Raw,

    /// <summary>Least-squares fit of score = pitch quality + judge bias, biases summing to zero per panel.</summary>
    Additive,
}
