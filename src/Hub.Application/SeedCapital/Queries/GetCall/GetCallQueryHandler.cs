using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetCall;

public sealed class GetCallQueryHandler(IReadRepository<CallForProposals> calls, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetCallQuery, SeedCapitalCallDto>
{
    public async ValueTask<SeedCapitalCallDto> Handle(GetCallQuery query, CancellationToken cancellationToken) =>
        (await calls.RequireAsync(query.Id, cancellationToken)).ToDto(clock.GetUtcNow(), currentUser.IsManager());
}
