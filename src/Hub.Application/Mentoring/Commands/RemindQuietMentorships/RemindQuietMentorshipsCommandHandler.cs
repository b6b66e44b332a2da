using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Notifications;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RemindQuietMentorships;

public sealed class RemindQuietMentorshipsCommandHandler(IRepository<Mentorship> mentorships, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<RemindQuietMentorshipsCommand, int>
{
    public async ValueTask<int> Handle(RemindQuietMentorshipsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quiet = (await mentorships.ListAsync(new ActiveMentorshipsSpec(), cancellationToken)).Where(m => m.NeedsReminder(now)).ToList();
        foreach (var mentorship in quiet)
        {
            mentorship.MarkReminded(now);
            outbox.Add(MentoringNotifications.Quiet(mentorship.MentorUserId, mentorship.VentureName, mentorship.LastSessionAt));
        }

        if (quiet.Count > 0)
        {
            await mentorships.SaveChangesAsync(cancellationToken);
        }

        return quiet.Count;
    }
}
