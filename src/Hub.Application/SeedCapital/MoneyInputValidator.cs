using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.SeedCapital;

namespace Hub.Application.SeedCapital;

public sealed class MoneyInputValidator : AbstractValidator<MoneyInput>
{
    public MoneyInputValidator()
    {
        RuleFor(m => m.Amount).InclusiveBetween(0, Money.MaxAmount)
            .Must(a => decimal.Round(a, 2) == a).WithMessage("'{PropertyName}' may have at most 2 decimals.");
        RuleFor(m => m.Currency)
            .Must(c => c is null || EnumNames.IsName<Currency>(c))
            .WithMessage(m => $"'{EchoedValue.Of(m.Currency)}' is not a currency; use MNT or EUR.");
    }
}
