using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// Marks a failure raised while EF Core was opening a connection: nothing had been sent on it, so nothing can have
/// been applied. Npgsql reports such a failure exactly as it reports a connection lost mid-command ("Exception while
/// reading from stream" when a stopping server drops a new connection), so only the moment tells them apart.
/// </summary>
internal sealed class ConnectionOpenFailures : DbConnectionInterceptor
{
    public static readonly ConnectionOpenFailures Instance = new();

    private const string Mark = "Hub.FailedWhileOpening";

    private static readonly ConditionalWeakTable<DbConnection, object> Opening = [];

    private ConnectionOpenFailures()
    {
    }

    /// <summary>True when the exception was raised while EF Core was opening the connection.</summary>
    public static bool RaisedWhileOpening(Exception exception) => exception.Data.Contains(Mark);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Opening.AddOrUpdate(connection, Instance);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Opening.AddOrUpdate(connection, Instance);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opening.Remove(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Opening.Remove(connection);
        return Task.CompletedTask;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => MarkIfOpening(connection, eventData);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        MarkIfOpening(connection, eventData);
        return Task.CompletedTask;
    }

    private static void MarkIfOpening(DbConnection connection, ConnectionErrorEventData eventData)
    {
        if (Opening.Remove(connection))
        {
            eventData.Exception.Data[Mark] = true;
        }
    }
}
