using Hub.Application.Common.Persistence;
using Hub.Domain.Mentoring.Mentees;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RecordMentee;

public sealed class RecordMenteeCommandHandler(IRepository<Mentee> mentees) : ICommandHandler<RecordMenteeCommand>
{
    public async ValueTask<Unit> Handle(RecordMenteeCommand command, CancellationToken cancellationToken)
    {
        if (await mentees.GetByIdAsync(MenteeId.From(command.ApplicationId), cancellationToken) is null)
        {
            await mentees.AddAsync(
                Mentee.Record(command.ApplicationId, command.IntakeId, command.FounderUserId, command.FounderFullName, command.VentureName, command.Sector, command.Languages, command.AcceptedAt),
                cancellationToken);
        }

        return Unit.Value;
    }
}
