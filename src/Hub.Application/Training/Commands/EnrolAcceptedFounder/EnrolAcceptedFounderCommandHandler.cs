using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;

namespace Hub.Application.Training.Commands.EnrolAcceptedFounder;

/// <summary>
/// Idempotent: a member already recorded and a founder already enrolled are left alone. Two enrolments into one
/// programme at once conflict on the programme's version and the loser is retried by its inbox.
/// </summary>
public sealed class EnrolAcceptedFounderCommandHandler(
    IRepository<CohortMember> members, IRepository<TrainingProgramme> programmes, TimeProvider clock) : ICommandHandler<EnrolAcceptedFounderCommand>
{
    public async ValueTask<Unit> Handle(EnrolAcceptedFounderCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var member = await members.FirstOrDefaultAsync(new CohortMembersSpec(command.IntakeId, command.FounderUserId), cancellationToken);
        var isNew = member is null;
        member ??= CohortMember.Accepted(command.IntakeId, command.FounderUserId, command.ApplicationId, command.FullName, command.AcceptedAt);

        foreach (var programme in await programmes.ListAsync(new ProgrammesOfIntakeSpec(command.IntakeId), cancellationToken))
        {
            programme.Enrol(member, now);
        }

        if (isNew)
        {
            await members.AddAsync(member, cancellationToken);
        }
        else
        {
            await programmes.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
