using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Startup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Common.DemoData;

/// <summary>Loads every module's demo data in module order (people first), when <c>Hub:Startup:LoadDemoData</c> says so.</summary>
internal sealed partial class DemoDataStartupTask(IServiceProvider services, ModuleCatalog modules, IOptions<StartupOptions> options, IHostEnvironment environment, ILogger<DemoDataStartupTask> logger)
    : IStartupTask
{
    public int Order => 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDemoData)
        {
            return;
        }

        // Demo accounts share one published password: never in a real hub, whatever the settings say.
        if (environment.IsProduction())
        {
            LogRefusedInProduction(logger);
            return;
        }

        foreach (var seederType in modules.Modules.SelectMany(m => m.DemoDataSeeders))
        {
            LogSeeding(logger, seederType.Name);
            await ((IDemoDataSeeder)services.GetRequiredService(seederType)).SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub:Startup:LoadDemoData is ignored in Production: demo data never loads there")]
    private static partial void LogRefusedInProduction(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder}")]
    private static partial void LogSeeding(ILogger logger, string seeder);
}
