using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Calls;

/// <summary>What evaluators score a proposal on, 0–10, and how much it counts.</summary>
public sealed record Criterion
{
    public const int MaxNameLength = 100;
    public const decimal MaxWeight = 1000m;

    private Criterion(string name, decimal weight)
    {
        Name = name;
        Weight = weight;
    }

    public string Name { get; }

    public decimal Weight { get; }

    public static Criterion Create(string name, decimal weight)
    {
        if (weight <= 0 || weight > MaxWeight || decimal.Round(weight, 4) != weight)
        {
            throw new InvalidValueException("criteria.weight", $"A criterion's weight must be above 0 and at most {MaxWeight:0}, with at most 4 decimals.");
        }

        return new Criterion(Guard.Text(name, "criteria.name", MaxNameLength), weight);
    }
}
