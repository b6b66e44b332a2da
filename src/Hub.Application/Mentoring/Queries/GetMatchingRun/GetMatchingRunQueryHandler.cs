using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.MatchingRuns;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMatchingRun;

public sealed class GetMatchingRunQueryHandler(IReadRepository<MatchingRun> runs) : IQueryHandler<GetMatchingRunQuery, MentoringMatchingRunDto>
{
    public async ValueTask<MentoringMatchingRunDto> Handle(GetMatchingRunQuery query, CancellationToken cancellationToken)
    {
        var run = await runs.SingleOrDefaultAsync(new MatchingRunByIdSpec(MatchingRunId.From(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Matching run", query.Id);
        return run.ToDto();
    }
}
