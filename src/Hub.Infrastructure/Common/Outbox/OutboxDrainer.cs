using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Observability;
using Hub.Infrastructure.Common.Persistence;
using Hub.Infrastructure.Common.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>
/// Delivers pending outbox messages of every module. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> inside a
/// transaction, so several app instances (or overlapping jobs) drain side by side and each message is handled by
/// exactly one of them; a crash before the commit leaves it pending for the next drain (at least once).
/// An integration event goes into the inbox of each subscribing handler in that same transaction (the inbox
/// drain runs the handlers, each on its own); a notification goes to the transport.
/// </summary>
internal sealed partial class OutboxDrainer(
    IServiceScopeFactory scopes, ModuleCatalog modules, MessageSignal signal, QueuedMessagePurger purger, TimeProvider clock, ILogger<OutboxDrainer> logger)
{
    public const int BatchSize = 50;

    private const string MessageSavepoint = "outbox_message";

    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        var inboxRows = 0;
        foreach (var module in modules.MessagingModules)
        {
            BatchResult batch;
            do
            {
                batch = await DrainBatchAsync(module, cancellationToken);
                delivered += batch.Delivered;
                inboxRows += batch.InboxRows;
            }
            while (batch.Claimed == BatchSize && !cancellationToken.IsCancellationRequested);
        }

        if (inboxRows > 0)
        {
            signal.InboxWritten();
        }

        return delivered;
    }

    /// <summary>Deletes delivered messages older than <paramref name="age"/>; undelivered ones stay for a person to look at.</summary>
    public Task<int> PurgeDeliveredAsync(TimeSpan age, CancellationToken cancellationToken) =>
        purger.PurgeAsync(context => context.OutboxMessages, age, cancellationToken);

    private async Task<BatchResult> DrainBatchAsync(HubModuleDescriptor module, CancellationToken cancellationToken)
    {
        await using var scope = ModuleContextScope.Open(scopes, module);
        return await scope.Context.InRetriableTransactionAsync((transaction, token) => DrainBatchAsync(scope.Context, transaction, token), cancellationToken);
    }

    private async Task<BatchResult> DrainBatchAsync(ModuleDbContext context, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var batch = await context.OutboxMessages
            .FromSqlRaw(QueuedMessageSql.ClaimDue(context.Schema, OutboxMessageConfiguration.Table, BatchSize), clock.GetUtcNow())
            .ToListAsync(cancellationToken);

        var delivered = 0;
        var inboxRows = 0;
        foreach (var message in batch)
        {
            using var observation = MessageObservation.Start(logger, "Outbox", message.Id, message.Type);
            try
            {
                inboxRows += await DeliverAsync(context, transaction, message, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
                delivered++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                observation.Failed(error);
                LogDeliveryFailed(logger, error, message.Type, message.Id, message.Attempts + 1);
                message.MarkFailed(error, clock.GetUtcNow());
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BatchResult(batch.Count, delivered, inboxRows);
    }

    private async Task<int> DeliverAsync(ModuleDbContext context, IDbContextTransaction transaction, OutboxMessage message, CancellationToken cancellationToken)
    {
        switch (MessageTypes.Deserialize(message.Type, message.Payload))
        {
            case IntegrationEvent integrationEvent:
                var subscribers = modules.SubscriptionsOf(integrationEvent.GetType());
                if (subscribers.Count == 0)
                {
                    return 0;
                }

                // A failed insert must not abort the batch's transaction: it goes back to this point instead.
                await transaction.CreateSavepointAsync(MessageSavepoint, cancellationToken);
                try
                {
                    return await InboxWriter.WriteAsync(context, message, integrationEvent.EventId, subscribers, cancellationToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    await transaction.RollbackToSavepointAsync(MessageSavepoint, cancellationToken);
                    throw;
                }

            case OutgoingNotification notification:
                // Each notification gets a scope of its own: one that fails leaves nothing behind for the next.
                await using (var messageScope = scopes.CreateSystemScope())
                {
                    await messageScope.ServiceProvider.GetRequiredService<NotificationSender>().SendAsync(notification, cancellationToken);
                }

                return 0;

            default:
                throw new InvalidOperationException($"Outbox message type {message.Type} has no delivery.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Type} {Id} failed on attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception error, string type, Guid id, int attempt);

    private readonly record struct BatchResult(int Claimed, int Delivered, int InboxRows);
}
