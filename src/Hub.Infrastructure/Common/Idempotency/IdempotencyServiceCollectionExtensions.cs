using Hub.Infrastructure.Common.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Infrastructure.Common.Idempotency;

internal static class IdempotencyServiceCollectionExtensions
{
    public static IServiceCollection AddHubIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        services.AddDbContext<IdempotencyDbContext>(
            (sp, options) => options.UseHubDatabase(sp.GetRequiredService<NpgsqlDataSource>(), IdempotencyDbContext.Schema),
            ServiceLifetime.Scoped,
            ServiceLifetime.Singleton);
        services.AddSingleton<IdempotencyStore>();
        services.AddTransient<IdempotencyPurgeJob>();
        return services;
    }
}
