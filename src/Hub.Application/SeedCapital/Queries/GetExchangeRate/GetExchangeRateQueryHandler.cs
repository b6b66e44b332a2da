using Hub.Application.Common.Persistence;
using Hub.Application.Common.Validation;
using Hub.Application.SeedCapital.Commands.RecordExchangeRate;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetExchangeRate;

public sealed class GetExchangeRateQueryHandler(IReadRepository<ExchangeRate> rates) : IQueryHandler<GetExchangeRateQuery, SeedCapitalExchangeRateDto?>
{
    public async ValueTask<SeedCapitalExchangeRateDto?> Handle(GetExchangeRateQuery query, CancellationToken cancellationToken) =>
        await rates.FirstOrDefaultAsync(new ExchangeRateOnDaySpec(EnumNames.Parse<Currency>(query.Currency, "currency"), query.Day), cancellationToken) is { } rate
            ? SeedCapitalExchangeRateDto.From(rate)
            : null;
}
