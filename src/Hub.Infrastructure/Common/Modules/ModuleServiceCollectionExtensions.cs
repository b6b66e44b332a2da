using Hub.Application.Common.Persistence;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Infrastructure.Common.Modules;

internal static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the shared PostgreSQL data source, with its migrations history in its own
    /// schema, and a repository for every aggregate root of the module (the second namespace segment of the
    /// context names the module: <c>Hub.Infrastructure.Applicants…</c> serves <c>Hub.Domain.Applicants…</c>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, ModuleRegistry registry, string schema)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) => options.UseHubDatabase(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        registry.AddDbContext(typeof(TContext));
        return services.AddAggregateRepositories<TContext>();
    }

    public static DbContextOptionsBuilder UseHubDatabase(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();

    private static IServiceCollection AddAggregateRepositories<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        var module = ModuleName(typeof(TContext));
        var roots = typeof(IAggregateRoot).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAggregateRoot).IsAssignableFrom(t) && ModuleName(t) == module);
        foreach (var root in roots)
        {
            var implementation = typeof(EfRepository<,>).MakeGenericType(typeof(TContext), root);
            services.AddScoped(typeof(IRepository<>).MakeGenericType(root), implementation);
            services.AddScoped(typeof(IReadRepository<>).MakeGenericType(root), implementation);
        }

        return services;
    }

    private static string ModuleName(Type type) => type.Namespace!.Split('.')[2];
}
