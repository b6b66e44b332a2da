using Microsoft.Extensions.Logging.Console;

namespace Hub.Api.Common.Hosting;

/// <summary>What running the hub in production needs, in one place: logs, telemetry, the settings check and the probes.</summary>
internal static class HubOperations
{
    /// <summary>JSON logs outside Development (one object a line, with scopes: request, trace and job ids), and OpenTelemetry when configured.</summary>
    public static WebApplicationBuilder AddHubOperations(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        builder.AddHubTelemetry();
        builder.Services.AddSingleton<ProductionSettingsCheck>();
        return builder;
    }

    /// <summary>
    /// Before anything connects: in Production, refuse to start on missing or development settings. Then the
    /// correlation id on every answer, first in the pipeline so even a refused request carries one.
    /// </summary>
    public static WebApplication UseHubOperations(this WebApplication app)
    {
        app.Services.GetService<ProductionSettingsCheck>()?.ThrowIfUnsafe();
        app.Use(CorrelationId.InvokeAsync);
        return app;
    }
}
