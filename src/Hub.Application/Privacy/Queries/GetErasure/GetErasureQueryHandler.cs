using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Privacy.Specifications;
using Hub.Domain.Privacy.Erasures;
using Mediator;

namespace Hub.Application.Privacy.Queries.GetErasure;

public sealed class GetErasureQueryHandler(IReadRepository<Erasure> erasures) : IQueryHandler<GetErasureQuery, PrivacyErasureDto>
{
    public async ValueTask<PrivacyErasureDto> Handle(GetErasureQuery query, CancellationToken cancellationToken) =>
        (await erasures.SingleOrDefaultAsync(new ErasureByIdSpec(ErasureId.From(query.Id)), cancellationToken))?.ToDto()
        ?? throw new NotFoundException("Erasure", query.Id);
}
