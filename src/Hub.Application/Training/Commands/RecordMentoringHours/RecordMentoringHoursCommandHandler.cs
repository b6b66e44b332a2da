using Hub.Application.Common.Persistence;
using Hub.Domain.Training.Ledger;
using Mediator;

namespace Hub.Application.Training.Commands.RecordMentoringHours;

public sealed class RecordMentoringHoursCommandHandler(IRepository<MentoringEntry> entries, TimeProvider clock) : ICommandHandler<RecordMentoringHoursCommand>
{
    public async ValueTask<Unit> Handle(RecordMentoringHoursCommand command, CancellationToken cancellationToken)
    {
        if (await entries.GetByIdAsync(MentoringEntryId.From(command.SessionId), cancellationToken) is null)
        {
            await entries.AddAsync(
                MentoringEntry.Record(command.SessionId, command.FounderUserId, command.MentorUserId, command.StartedAt, command.DurationMinutes, command.Format, clock.GetUtcNow()),
                cancellationToken);
        }

        return Unit.Value;
    }
}
