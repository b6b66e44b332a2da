using Hub.Application.Common.Validation;
using Hub.Domain.SeedCapital;

namespace Hub.Application.SeedCapital;

/// <summary>An amount as a client sent it; the currency defaults to MNT.</summary>
public sealed record MoneyInput(decimal Amount, string? Currency)
{
    public Money ToMoney(string field) =>
        Money.Of(Amount, Currency is null ? Domain.SeedCapital.Currency.MNT : EnumNames.Parse<Currency>(Currency, $"{field}.currency"), $"{field}.amount");
}
