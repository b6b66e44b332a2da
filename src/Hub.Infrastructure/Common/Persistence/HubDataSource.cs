using System.Data.Common;
using Npgsql;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>
/// The hub's one PostgreSQL data source. Statements are prepared automatically (ADR 0032): a list read sends the same
/// few statements on every request, and a prepared one skips PostgreSQL's parse and plan, which on this deployment
/// run on the same cores as the app. A connection string that sets <c>Max Auto Prepare</c> itself (0 turns it off)
/// keeps its own value.
/// </summary>
public static class HubDataSource
{
    public const int MaxAutoPrepare = 64;
    public const int AutoPrepareMinUsages = 2;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        var given = Keywords(connectionString);
        if (!given.Contains("maxautoprepare"))
        {
            settings.MaxAutoPrepare = MaxAutoPrepare;
            if (!given.Contains("autoprepareminusages"))
            {
                settings.AutoPrepareMinUsages = AutoPrepareMinUsages;
            }
        }

        return builder.Build();
    }

    // The keywords the text itself sets, spaces and case aside (Npgsql's builder answers for every keyword it knows).
    private static HashSet<string> Keywords(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(keyword => keyword.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
