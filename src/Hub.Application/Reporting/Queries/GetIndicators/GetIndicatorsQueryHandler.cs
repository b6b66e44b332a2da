using Hub.Domain.Reporting.Indicators;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Reporting.Queries.GetIndicators;

public sealed class GetIndicatorsQueryHandler(IReportingReadModel readModel, IOptions<ReportingOptions> options, TimeProvider clock)
    : IQueryHandler<GetIndicatorsQuery, ReportingIndicatorsDto>
{
    public async ValueTask<ReportingIndicatorsDto> Handle(GetIndicatorsQuery query, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var period = ReportingPeriod.Resolve(query.From, query.To, settings, clock);
        PeriodValidation.EnsureValid(period);

        var snapshot = await readModel.ReadAsync(period, null, cancellationToken);
        var results = IndicatorCalculator.Compute(snapshot.Facts, snapshot.People, settings.TargetOf, period.To.Year);
        return new ReportingIndicatorsDto(period.From, period.To, [.. results.Select(ReportingIndicatorDto.From)]);
    }
}
