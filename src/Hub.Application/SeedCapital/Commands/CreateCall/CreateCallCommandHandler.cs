using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Application.SeedCapital.Jobs;
using Hub.Domain.SeedCapital.Calls;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Hub.Application.SeedCapital.Commands.CreateCall;

public sealed partial class CreateCallCommandHandler(
    IRepository<CallForProposals> calls,
    ICurrentUser currentUser,
    IBackgroundJobs jobs,
    TimeProvider clock,
    ILogger<CreateCallCommandHandler> logger) : ICommandHandler<CreateCallCommand, CreatedCall>
{
    public async ValueTask<CreatedCall> Handle(CreateCallCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var terms = new CallTerms(
            command.Title,
            command.Kind is null ? CallKind.SeedCapital : EnumNames.Parse<CallKind>(command.Kind, "kind"),
            command.Budget.ToMoney("budget"),
            command.MaxGrant.ToMoney("maxGrant"),
            command.MinScore,
            [.. command.Criteria.Select(c => Criterion.Create(c.Name, c.Weight))],
            command.OpensAt,
            command.ClosesAt,
            command.EvaluationDeadline,
            command.AllowTeamsWithoutApplication);
        var call = CallForProposals.Create(terms, currentUser.RequireId(), now);
        await calls.AddAsync(call, cancellationToken);

        // After the save: a delayed job at each moment. Should the job store fail, the sweep opens and closes the call instead.
        var id = call.Id.Value;
        try
        {
            if (call.OpensAt > now)
            {
                jobs.Schedule<CallDeadlineJob>(job => job.RunAsync(id, CancellationToken.None), call.OpensAt);
            }

            jobs.Schedule<CallDeadlineJob>(job => job.RunAsync(id, CancellationToken.None), call.ClosesAt);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogSchedulingFailed(logger, error, id);
        }

        return new CreatedCall(id, call.Status.ToString());
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not schedule the deadline jobs of call {CallId}; the sweep will advance it")]
    private static partial void LogSchedulingFailed(ILogger logger, Exception error, Guid callId);
}
