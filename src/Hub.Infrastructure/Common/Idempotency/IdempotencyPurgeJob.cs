namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>Hourly: deletes the keys past their retention (an expired key is already ignored; this keeps the table small).</summary>
internal sealed class IdempotencyPurgeJob(IdempotencyStore store)
{
    public const string RecurringId = "idempotency.purge";

    public async Task RunAsync(CancellationToken cancellationToken) => await store.PurgeExpiredAsync(cancellationToken);
}
