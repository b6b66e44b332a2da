using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Infrastructure.Webhooks.Persistence;

/// <summary>Tells the webhooks context when its transaction ended, so send jobs are queued only for committed deliveries.</summary>
internal sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    public static AfterCommitInterceptor Instance { get; } = new();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as WebhooksDbContext)?.TransactionEnded(committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as WebhooksDbContext)?.TransactionEnded(committed: true);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as WebhooksDbContext)?.TransactionEnded(committed: false);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as WebhooksDbContext)?.TransactionEnded(committed: false);
}
