using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Mediator;

namespace Hub.Application.Applicants.Queries.GetIntake;

public sealed class GetIntakeQueryHandler(IReadRepository<Intake> intakes, TimeProvider clock) : IQueryHandler<GetIntakeQuery, ApplicantsIntakeDto>
{
    public async ValueTask<ApplicantsIntakeDto> Handle(GetIntakeQuery query, CancellationToken cancellationToken)
    {
        var intake = await intakes.SingleOrDefaultAsync(new IntakeByIdSpec(IntakeId.From(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Intake", query.Id);
        return intake.ToDto(clock.GetUtcNow());
    }
}
