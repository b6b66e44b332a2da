using Hub.Application.Common.Messaging;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Persistence;
using Hub.Infrastructure.Common.Startup;
using Hub.Infrastructure.Reporting.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Reporting;

/// <summary>
/// The backfill of a Reporting module that starts on a database with history (ADR 0026): on its first start (its
/// inbox still empty), every integration event the other modules' outboxes still hold (delivered ones are kept 14
/// days) and Reporting subscribes to is put in Reporting's inbox, as the outbox drain would have done had the module
/// been there. The inbox's (event id, handler) key makes a second run, or the drain's own delivery, add nothing.
/// </summary>
internal sealed partial class ReportingReplay(
    IServiceScopeFactory scopes, ModuleCatalog modules, ReportingDbContext reporting, MessageSignal signal, ILogger<ReportingReplay> logger) : IStartupTask
{
    public const string ModuleName = "Reporting";

    // After migrations (100), before the demo data (500), whose events then arrive the ordinary way.
    public int Order => 450;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await reporting.InboxMessages.AnyAsync(cancellationToken))
        {
            return;
        }

        var subscriptions = modules.Subscriptions.Where(s => s.Module.Name == ModuleName).ToLookup(s => s.EventType.FullName!, StringComparer.Ordinal);
        var types = subscriptions.Select(s => s.Key).ToList();
        var replayed = 0;
        foreach (var module in modules.MessagingModules.Where(m => m.Name != ModuleName))
        {
            await using var scope = ModuleContextScope.Open(scopes, module);
            var messages = await scope.Context.OutboxMessages.AsNoTracking().Where(m => types.Contains(m.Type)).OrderBy(m => m.OccurredAt).ToListAsync(cancellationToken);
            foreach (var message in messages)
            {
                var integrationEvent = (IntegrationEvent)MessageTypes.Deserialize(message.Type, message.Payload);
                replayed += await InboxWriter.WriteAsync(reporting, message, integrationEvent.EventId, [.. subscriptions[message.Type]], cancellationToken);
            }
        }

        if (replayed > 0)
        {
            LogReplayed(logger, replayed);
            signal.InboxWritten();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting: {Count} earlier integration events replayed into its inbox")]
    private static partial void LogReplayed(ILogger logger, int count);
}
