using Hub.Application.Common.Jobs;
using Hub.Application.SeedCapital.Commands.SendEvaluationReminders;
using Mediator;

namespace Hub.Application.SeedCapital.Jobs;

/// <summary>Reminds evaluators two days before a call's evaluation deadline.</summary>
public sealed class EvaluationReminderJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new SendEvaluationRemindersCommand(), cancellationToken);
}
