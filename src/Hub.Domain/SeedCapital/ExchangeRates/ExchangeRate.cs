using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.ExchangeRates;

/// <summary>The euro rate of a currency on one day: <see cref="UnitsPerEur"/> units buy one euro. Disbursements of that day use it.</summary>
public sealed class ExchangeRate : AggregateRoot<ExchangeRateId>
{
    public const decimal MaxUnitsPerEur = 1_000_000m;

    private ExchangeRate()
    {
    }

    public Currency Currency { get; private set; }

    public DateOnly Day { get; private set; }

    public decimal UnitsPerEur { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static ExchangeRate Record(Currency currency, DateOnly day, decimal unitsPerEur, Guid recordedBy, DateTimeOffset now)
    {
        if (currency == Currency.EUR)
        {
            throw new InvalidValueException("currency", "The euro's rate to itself is always 1; record rates of other currencies.");
        }

        var rate = new ExchangeRate { Id = ExchangeRateId.New(), Currency = currency, Day = day };
        rate.Correct(unitsPerEur, recordedBy, now);
        return rate;
    }

    public void Correct(decimal unitsPerEur, Guid recordedBy, DateTimeOffset now)
    {
        if (unitsPerEur <= 0 || unitsPerEur > MaxUnitsPerEur || decimal.Round(unitsPerEur, 6) != unitsPerEur)
        {
            throw new InvalidValueException("unitsPerEur", $"'unitsPerEur' must be above 0 and at most {MaxUnitsPerEur:0}, with at most 6 decimals.");
        }

        UnitsPerEur = unitsPerEur;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
