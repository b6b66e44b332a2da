using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Infrastructure.Common.Modules;

internal static class HubDatabaseOptions
{
    /// <summary>A module's DbContext on the shared PostgreSQL data source, with its migrations history in its own schema.</summary>
    public static DbContextOptionsBuilder UseHubDatabase(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();
}
