using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Notifications;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Training.Commands.SendSessionReminders;

/// <summary>Each reminder is recorded on the session in the same save that puts it in the outbox: never twice, never lost.</summary>
public sealed class SendSessionRemindersCommandHandler(
    IRepository<TrainingSession> sessions,
    IReadRepository<TrainingProgramme> programmes,
    IOutbox outbox,
    IOptions<TrainingOptions> options,
    TimeProvider clock) : ICommandHandler<SendSessionRemindersCommand, int>
{
    public async ValueTask<int> Handle(SendSessionRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ahead = options.Value.ReminderLeadTime;
        var zone = TrainingTimeZones.Resolve(TrainingTimeZones.Default);
        var sent = 0;
        foreach (var session in await sessions.ListAsync(new SessionsStartingSpec(now, now + ahead), cancellationToken))
        {
            var programme = await programmes.GetByIdAsync(session.ProgrammeId, cancellationToken);
            foreach (var participant in programme?.Participants.Where(p => session.IsDueForReminder(p.FounderUserId, now, ahead)) ?? [])
            {
                session.RecordReminder(participant.FounderUserId, now);
                outbox.Add(TrainingNotifications.SessionReminder(
                    participant.FounderUserId, participant.FullName, session.Title, TrainingTimeZones.ToLocal(session.StartsAt, zone), session.Venue ?? session.Link ?? string.Empty));
                sent++;
            }
        }

        if (sent > 0)
        {
            await sessions.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
