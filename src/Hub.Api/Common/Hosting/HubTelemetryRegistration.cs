using Hub.Infrastructure.Common.Observability;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Api.Common.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (HTTP in and out, Npgsql under EF Core and Hangfire, the hub's jobs and messages),
/// exported over OTLP, and only when an endpoint is configured: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with the standard
/// <c>OTEL_*</c> variables: protocol, headers, service name) or <c>Hub:Telemetry:OtlpEndpoint</c> (OTLP over
/// HTTP/protobuf). Without one nothing is registered: no listener, so no span is even created.
/// </summary>
internal static class HubTelemetryRegistration
{
    public const string EndpointSetting = "Hub:Telemetry:OtlpEndpoint";
    public const string StandardEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string ServiceName = "eu-dieh-hub";

    public static void AddHubTelemetry(this WebApplicationBuilder builder)
    {
        var hubEndpoint = builder.Configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(hubEndpoint) && string.IsNullOrWhiteSpace(builder.Configuration[StandardEndpointSetting]))
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(ServiceName, serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}");
                }
            })
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(HubTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Npgsql")
                .AddMeter(HubTelemetry.Name));

        if (string.IsNullOrWhiteSpace(hubEndpoint))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, new Uri(hubEndpoint));
        }
    }
}
