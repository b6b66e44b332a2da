using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

public sealed class IntakeExistsQueryHandler(IReadRepository<Intake> intakes) : IQueryHandler<IntakeExistsQuery, bool>
{
    public async ValueTask<bool> Handle(IntakeExistsQuery query, CancellationToken cancellationToken) =>
        await intakes.AnyAsync(new IntakeByIdSpec(IntakeId.From(query.IntakeId)), cancellationToken);
}
