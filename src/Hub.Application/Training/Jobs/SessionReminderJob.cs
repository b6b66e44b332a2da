using Hub.Application.Common.Jobs;
using Hub.Application.Training.Commands.SendSessionReminders;
using Mediator;

namespace Hub.Application.Training.Jobs;

/// <summary>Every few minutes, reminds participants of the sessions starting within a day.</summary>
public sealed class SessionReminderJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new SendSessionRemindersCommand(), cancellationToken);
}
