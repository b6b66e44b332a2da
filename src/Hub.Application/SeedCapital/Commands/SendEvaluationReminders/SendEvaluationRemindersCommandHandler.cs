using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Notifications;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.SendEvaluationReminders;

public sealed class SendEvaluationRemindersCommandHandler(
    IRepository<CallForProposals> calls,
    IReadRepository<Proposal> proposals,
    IOutbox outbox,
    TimeProvider clock) : ICommandHandler<SendEvaluationRemindersCommand, int>
{
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(2);

    public async ValueTask<int> Handle(SendEvaluationRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await calls.ListAsync(new CallsDueForRemindersSpec(now, Ahead), cancellationToken);
        var sent = 0;
        foreach (var call in due)
        {
            var submitted = await proposals.ListAsync(new SubmittedProposalsOfCallSpec(call.Id), cancellationToken);
            foreach (var evaluator in call.Evaluators)
            {
                var left = submitted.Count(p => p.EvaluationBy(evaluator) is null);
                if (left > 0)
                {
                    outbox.Add(SeedCapitalNotifications.EvaluationReminder(evaluator, call.Title, left, call.EvaluationDeadline));
                    sent++;
                }
            }

            call.MarkRemindersSent(now);
        }

        if (due.Count > 0)
        {
            await calls.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
