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
        var total = await intakes.CountAsync(cancellationToken);
        var page = await intakes.ListAsync(new IntakesPageSpec(query.Page), cancellationToken);
        return new PagedList<ApplicantsIntakeDto>(page.Select(i => i.ToDto(now)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
