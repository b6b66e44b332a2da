using Hub.Infrastructure.Common.Startup;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Common.DemoData;

internal sealed partial class DemoDataStartupTask(IEnumerable<IDemoDataSeeder> seeders, IOptions<StartupOptions> options, ILogger<DemoDataStartupTask> logger)
    : IStartupTask
{
    public int Order => 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDemoData)
        {
            return;
        }

        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            LogSeeding(logger, seeder.GetType().Name);
            await seeder.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder}")]
    private static partial void LogSeeding(ILogger logger, string seeder);
}
