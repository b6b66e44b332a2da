namespace Hub.Domain.DemoDay.Ranking;

/// <summary>A sheet's weighted score S = Σ(weight·value) / Σ(weight), in decimal so that equal sheets give equal S.</summary>
public static class WeightedScore
{
    public static decimal Of(IEnumerable<(decimal Weight, decimal Value)> scores)
    {
        decimal weighted = 0, weights = 0;
        foreach (var (weight, value) in scores)
        {
            weighted += weight * value;
            weights += weight;
        }

        return weights == 0 ? throw new ArgumentException("The weights must not sum to zero.", nameof(scores)) : weighted / weights;
    }
}
