using Hub.Application.Common.Persistence;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;

namespace Hub.Application.Training.Commands.EnrolCohort;

public sealed class EnrolCohortCommandHandler(
    IRepository<TrainingProgramme> programmes, IReadRepository<CohortMember> members, ISender sender, TimeProvider clock) : ICommandHandler<EnrolCohortCommand, int>
{
    public async ValueTask<int> Handle(EnrolCohortCommand command, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetByIdAsync(TrainingProgrammeId.From(command.ProgrammeId), cancellationToken);
        if (programme is null)
        {
            return 0;
        }

        var enrolled = await programme.EnrolCohortAsync(members, sender, clock.GetUtcNow(), cancellationToken);
        if (enrolled > 0)
        {
            await programmes.SaveChangesAsync(cancellationToken);
        }

        return enrolled;
    }
}
