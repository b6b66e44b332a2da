using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.RecordExchangeRate;

public sealed class RecordExchangeRateCommandHandler(IRepository<ExchangeRate> rates, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RecordExchangeRateCommand, SeedCapitalExchangeRateDto>
{
    public async ValueTask<SeedCapitalExchangeRateDto> Handle(RecordExchangeRateCommand command, CancellationToken cancellationToken)
    {
        var currency = EnumNames.Parse<Currency>(command.Currency, "currency");
        var by = currentUser.RequireId();
        var now = clock.GetUtcNow();
        var rate = await rates.FirstOrDefaultAsync(new ExchangeRateOnDaySpec(currency, command.Day), cancellationToken);
        if (rate is null)
        {
            rate = ExchangeRate.Record(currency, command.Day, command.UnitsPerEur, by, now);
            await rates.AddAsync(rate, cancellationToken);
        }
        else
        {
            rate.Correct(command.UnitsPerEur, by, now);
            await rates.SaveChangesAsync(cancellationToken);
        }

        return SeedCapitalExchangeRateDto.From(rate);
    }
}
