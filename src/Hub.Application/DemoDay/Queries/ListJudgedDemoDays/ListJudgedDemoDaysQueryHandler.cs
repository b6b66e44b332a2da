using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Queries.ListJudgedDemoDays;

public sealed class ListJudgedDemoDaysQueryHandler(IReadRepository<DemoDayEdition> days, ICurrentUser currentUser)
    : IQueryHandler<ListJudgedDemoDaysQuery, IReadOnlyList<DemoDaySummaryDto>>
{
    public async ValueTask<IReadOnlyList<DemoDaySummaryDto>> Handle(ListJudgedDemoDaysQuery query, CancellationToken cancellationToken)
    {
        var judge = currentUser.RequireId();
        return [.. (await days.ListAsync(new DemoDaysJudgedBySpec(), cancellationToken))
            .Where(d => d.Judges.Any(j => j.UserId == judge))
            .Select(d => new DemoDaySummaryDto(d.Id.Value, d.Name, d.HeldOn, d.Venue, d.Status.ToString(), d.Pitches.Count, d.Judges.Count))];
    }
}
