using Hub.Application.Common.Messaging;
using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Observability;
using Hub.Infrastructure.Common.Persistence;
using Hub.Infrastructure.Common.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Inbox;

/// <summary>
/// Runs each module's pending inbox rows through their handlers, one row per transaction: the row is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, the handler runs as the system actor on the module's DbContext inside that
/// transaction, and the row is marked handled in the same commit, so a handler's changes and its "done" mark
/// stand or fall together (once per event). A failure rolls the handler's changes back to a savepoint and
/// records the attempt on the row, which is retried with back-off on its own, whatever other handlers do.
/// </summary>
internal sealed partial class InboxDrainer(
    IServiceScopeFactory scopes, ModuleCatalog modules, MessageSignal signal, QueuedMessagePurger purger, TimeProvider clock, ILogger<InboxDrainer> logger)
{
    /// <summary>Rows one run handles per module at most, so a flood does not hold a worker for ever (the sweep goes on).</summary>
    public const int MaxPerRun = 500;

    private const string HandlerSavepoint = "inbox_handler";

    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var module in modules.MessagingModules.Where(m => m.Subscriptions.Count > 0))
        {
            for (var i = 0; i < MaxPerRun && !cancellationToken.IsCancellationRequested; i++)
            {
                var outcome = await HandleNextAsync(module, cancellationToken);
                if (outcome is null)
                {
                    break;
                }

                handled += outcome.Value ? 1 : 0;
            }
        }

        return handled;
    }

    /// <summary>Deletes handled rows older than <paramref name="age"/>; failed ones stay for a person to look at.</summary>
    public Task<int> PurgeHandledAsync(TimeSpan age, CancellationToken cancellationToken) =>
        purger.PurgeAsync(context => context.InboxMessages, age, cancellationToken);

    /// <returns>True when a row was handled, false when its handler failed, null when nothing was due.</returns>
    private async Task<bool?> HandleNextAsync(HubModuleDescriptor module, CancellationToken cancellationToken)
    {
        await using var scope = ModuleContextScope.Open(scopes, module);
        return await scope.Context.InRetriableTransactionAsync((transaction, token) => HandleNextAsync(scope, transaction, token), cancellationToken);
    }

    private async Task<bool?> HandleNextAsync(ModuleContextScope scope, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var context = scope.Context;
        var message = await context.InboxMessages
            .FromSqlRaw(QueuedMessageSql.ClaimDue(context.Schema, InboxMessageConfiguration.Table, 1), clock.GetUtcNow())
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return null;
        }

        using var observation = MessageObservation.Start(logger, "Inbox", message.EventId, message.Handler);
        await transaction.CreateSavepointAsync(HandlerSavepoint, cancellationToken);
        try
        {
            var subscription = modules.Subscription(message.Handler)
                ?? throw new InvalidOperationException($"No module subscribes a handler named '{message.Handler}' any more.");
            await IntegrationEventDispatcher.HandleAsync(scope.Services, subscription, (IntegrationEvent)MessageTypes.Deserialize(message.Type, message.Payload), cancellationToken);
            message.MarkProcessed(clock.GetUtcNow());
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            observation.Failed(error);
            await transaction.RollbackToSavepointAsync(HandlerSavepoint, cancellationToken);
            message.MarkFailed(error, clock.GetUtcNow());
            LogHandlerFailed(logger, error, message.Handler, message.Type, message.EventId, message.Attempts);
        }

        // The row's new state, written beside (not through) the change tracker, which may hold the failed handler's leftovers.
        await context.InboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.ProcessedAt, message.ProcessedAt)
                .SetProperty(m => m.Attempts, message.Attempts)
                .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt)
                .SetProperty(m => m.LastError, message.LastError),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (context.WroteOutboxInTransaction)
        {
            signal.OutboxWritten();
        }

        return message.ProcessedAt is not null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox handler {Handler} failed on {Type} {EventId} (attempt {Attempt})")]
    private static partial void LogHandlerFailed(ILogger logger, Exception error, string handler, string type, Guid eventId, int attempt);
}
