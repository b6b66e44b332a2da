using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Mediator;

namespace Hub.Application.Applicants.Queries.ListIntakes;

public sealed class ListIntakesQueryHandler(IReadRepository<Intake> intakes, TimeProvider clock)
    : IQueryHandler<ListIntakesQuery, PagedList<ApplicantsIntakeDto>>
{
    public async ValueTask<PagedList<ApplicantsIntakeDto>> Handle(ListIntakesQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await intakes.ListPageAsync(new IntakesPageSpec(query.Page), query.Page, i => i.ToDto(now), cancellationToken);
    }
}
