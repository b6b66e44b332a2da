using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.DemoDay.Editions;
using Mediator;

namespace Hub.Application.DemoDay.Queries.GetDemoDay;

public sealed class GetDemoDayQueryHandler(IReadRepository<DemoDayEdition> days, ICurrentUser currentUser) : IQueryHandler<GetDemoDayQuery, DemoDayDto>
{
    public async ValueTask<DemoDayDto> Handle(GetDemoDayQuery query, CancellationToken cancellationToken)
    {
        var day = currentUser.EnsureCanSee(await days.GetByIdAsync(DemoDayEditionId.From(query.Id), cancellationToken), query.Id);
        return day.ToDto(currentUser.IsManager() ? null : currentUser.Id ?? Guid.Empty);
    }
}
