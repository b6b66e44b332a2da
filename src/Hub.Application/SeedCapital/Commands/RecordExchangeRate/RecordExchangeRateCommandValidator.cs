using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;

namespace Hub.Application.SeedCapital.Commands.RecordExchangeRate;

public sealed class RecordExchangeRateCommandValidator : AbstractValidator<RecordExchangeRateCommand>
{
    public RecordExchangeRateCommandValidator()
    {
        RuleFor(c => c.Currency)
            .Must(c => EnumNames.IsName<Currency>(c) && EnumNames.Parse<Currency>(c, "currency") != Currency.EUR)
            .WithMessage(c => $"'{EchoedValue.Of(c.Currency)}' is not a currency with a euro rate; use MNT.");
        RuleFor(c => c.UnitsPerEur).GreaterThan(0).LessThanOrEqualTo(ExchangeRate.MaxUnitsPerEur)
            .Must(r => decimal.Round(r, 6) == r).WithMessage("'unitsPerEur' may have at most 6 decimals.");
        RuleFor(c => c.Day).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31));
    }
}
