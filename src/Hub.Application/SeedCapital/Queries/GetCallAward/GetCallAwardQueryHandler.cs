using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetCallAward;

public sealed class GetCallAwardQueryHandler(IReadRepository<CallForProposals> calls) : IQueryHandler<GetCallAwardQuery, SeedCapitalAwardDto>
{
    public async ValueTask<SeedCapitalAwardDto> Handle(GetCallAwardQuery query, CancellationToken cancellationToken)
    {
        var call = await calls.RequireAsync(query.CallId, cancellationToken);
        return call.Award?.ToDto(call.Id) ?? throw new NotFoundException("Award of call", query.CallId);
    }
}
