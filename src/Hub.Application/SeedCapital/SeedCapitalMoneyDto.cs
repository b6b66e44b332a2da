using Hub.Domain.SeedCapital;

namespace Hub.Application.SeedCapital;

/// <summary>Money as the API shows it: <c>{amount, currency}</c>, the amount with two decimals.</summary>
public sealed record SeedCapitalMoneyDto(decimal Amount, string Currency)
{
    public static SeedCapitalMoneyDto From(Money money) => new(money.Amount, money.Currency.ToString());

    public static SeedCapitalMoneyDto From(decimal amount, Currency currency) => From(Money.Of(amount, currency));
}
