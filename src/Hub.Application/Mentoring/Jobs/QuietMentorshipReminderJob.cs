using Hub.Application.Common.Jobs;
using Hub.Application.Mentoring.Commands.RemindQuietMentorships;
using Mediator;

namespace Hub.Application.Mentoring.Jobs;

/// <summary>Weekly: reminds mentors whose active mentorship has had no session for two weeks.</summary>
public sealed class QuietMentorshipReminderJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new RemindQuietMentorshipsCommand(), cancellationToken);
}
