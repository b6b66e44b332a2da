using Hub.Application.Common.Persistence;
using Hub.Application.Privacy.Specifications;
using Hub.Domain.Privacy.Erasures;
using Mediator;

namespace Hub.Application.Privacy.Contracts;

public sealed class IsPersonErasedQueryHandler(IReadRepository<Erasure> erasures) : IQueryHandler<IsPersonErasedQuery, bool>
{
    public async ValueTask<bool> Handle(IsPersonErasedQuery query, CancellationToken cancellationToken) =>
        await erasures.AnyAsync(new ErasureOfPersonSpec(query.UserId), cancellationToken);
}
