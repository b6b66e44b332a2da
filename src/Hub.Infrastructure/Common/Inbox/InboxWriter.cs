using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Modules;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Common.Inbox;

internal static class InboxWriter
{
    /// <summary>
    /// Puts an integration event in the inbox of every subscribing handler, on the caller's connection and
    /// transaction (the outbox drain's: the rows and the outbox mark commit together). A second delivery of the
    /// same event adds nothing: (event id, handler) is unique. Answers how many rows were new.
    /// </summary>
    public static async Task<int> WriteAsync(DbContext context, QueuedMessage message, Guid eventId, IReadOnlyList<IntegrationEventSubscription> subscribers, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var subscriber in subscribers)
        {
            // The schema and table are the module's constants; every value is a parameter.
#pragma warning disable EF1002
            written += await context.Database.ExecuteSqlRawAsync(
                $$"""
                 INSERT INTO "{{subscriber.Module.Schema}}"."{{InboxMessageConfiguration.Table}}" (id, event_id, handler, type, payload, occurred_at, attempts)
                 VALUES ({0}, {1}, {2}, {3}, CAST({4} AS jsonb), {5}, 0)
                 ON CONFLICT (event_id, handler) DO NOTHING
                 """,
                [Guid.CreateVersion7(), eventId, subscriber.Name, message.Type, message.Payload, message.OccurredAt],
                cancellationToken);
#pragma warning restore EF1002
        }

        return written;
    }
}
