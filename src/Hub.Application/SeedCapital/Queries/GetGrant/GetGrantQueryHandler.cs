using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.SeedCapital.Grants;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetGrant;

public sealed class GetGrantQueryHandler(IReadRepository<Grant> grants, ICurrentUser currentUser) : IQueryHandler<GetGrantQuery, SeedCapitalGrantDto>
{
    public async ValueTask<SeedCapitalGrantDto> Handle(GetGrantQuery query, CancellationToken cancellationToken) =>
        currentUser.EnsureCanRead(await grants.GetByIdAsync(GrantId.From(query.Id), cancellationToken), query.Id).ToDto();
}
