using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Queries.ListDemoDays;

public sealed class ListDemoDaysQueryHandler(IReadRepository<DemoDayEdition> days, ICurrentUser currentUser)
    : IQueryHandler<ListDemoDaysQuery, PagedList<DemoDaySummaryDto>>
{
    public async ValueTask<PagedList<DemoDaySummaryDto>> Handle(ListDemoDaysQuery query, CancellationToken cancellationToken) =>
        (await days.ListPageAsync(new DemoDaysPageSpec(query.Page, currentUser.IsManager()), query.Page, cancellationToken))
            .Map(d => new DemoDaySummaryDto(d.Id, d.Name, d.HeldOn, d.Venue, d.Status.ToString(), d.PitchCount, d.JudgeCount));
}
