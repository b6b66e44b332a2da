using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital;

/// <summary>An amount in a currency, exact to the cent: decimal, never floating point.</summary>
public sealed record Money
{
    /// <summary>A trillion: more than the whole programme, and far from decimal's limits.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency { get; }

    public static Money Of(decimal amount, Currency currency, string field = "amount")
    {
        if (!Enum.IsDefined(currency))
        {
            throw new InvalidValueException(field, $"'{currency}' is not a currency; use MNT or EUR.");
        }

        if (amount < 0 || amount > MaxAmount)
        {
            throw new InvalidValueException(field, $"'{field}' must be between 0 and {MaxAmount:0}.");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new InvalidValueException(field, $"'{field}' may have at most 2 decimals.");
        }

        return new Money(Cents(amount), currency);
    }

    public static Money Zero(Currency currency) => new(0.00m, currency);

    public Money Plus(Money other) => new(Cents(Amount + Same(other).Amount), Currency);

    public Money Minus(Money other) => new(Cents(Amount - Same(other).Amount), Currency);

    public override string ToString() => $"{Amount:0.00} {Currency}";

    /// <summary>Always two decimals, so 1500000 is written 1500000.00.</summary>
    private static decimal Cents(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    private Money Same(Money other) =>
        other.Currency == Currency ? other : throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
}
