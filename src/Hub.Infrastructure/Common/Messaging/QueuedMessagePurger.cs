using Hub.Application.Common.Messaging;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Outbox;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Messaging;

/// <summary>Deletes handled outbox or inbox rows older than an age, in every module; failed ones stay for a person to look at.</summary>
internal sealed class QueuedMessagePurger(IServiceScopeFactory scopes, ModuleCatalog modules, TimeProvider clock) : IDeliveredMessages
{
    public async Task<int> PurgeAsync<T>(Func<ModuleDbContext, DbSet<T>> table, TimeSpan age, CancellationToken cancellationToken)
        where T : QueuedMessage
    {
        var cutoff = clock.GetUtcNow() - age;
        var purged = 0;
        foreach (var module in modules.MessagingModules)
        {
            await using var scope = ModuleContextScope.Open(scopes, module);
            purged += await table(scope.Context).Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        }

        return purged;
    }

    public async Task<int> ForgetMentioningAsync(Guid id, CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var module in modules.MessagingModules)
        {
            await using var scope = ModuleContextScope.Open(scopes, module);
            foreach (var table in new[] { OutboxMessageConfiguration.Table, InboxMessageConfiguration.Table })
            {
                purged += await scope.Context.Database.ExecuteSqlRawAsync(
                    QueuedMessageSql.DeleteHandledMentioning(scope.Context.Schema, table), [$"%{id}%"], cancellationToken);
            }
        }

        return purged;
    }
}
