using Hub.Domain.Reporting;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Reporting.Queries.ListRecords;

public sealed class ListRecordsQueryHandler(IReportingReadModel readModel, IOptions<ReportingOptions> options, TimeProvider clock)
    : IQueryHandler<ListRecordsQuery, IReadOnlyList<ReportingRecordDto>>
{
    public async ValueTask<IReadOnlyList<ReportingRecordDto>> Handle(ListRecordsQuery query, CancellationToken cancellationToken)
    {
        var period = ReportingPeriod.Resolve(query.From, query.To, options.Value, clock);
        PeriodValidation.EnsureValid(period);

        var snapshot = await readModel.ReadAsync(period, [ReportingLists.KindOf[query.List]], cancellationToken);
        return
        [
            .. snapshot.Facts.OrderBy(f => f.OccurredAt).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f =>
            {
                var person = f.UserId is { } id ? snapshot.People.GetValueOrDefault(id) : null;
                return new ReportingRecordDto(
                    f.SubjectId, f.UserId, f.RelatedId, f.GroupId, f.Detail, f.Quantity, f.AmountMnt, f.AmountEur, f.OccurredAt,
                    person?.Gender, person?.BirthYear, AgeBands.Of(person?.BirthYear, period.To.Year).ToString(), person?.Soum);
            }),
        ];
    }
}
