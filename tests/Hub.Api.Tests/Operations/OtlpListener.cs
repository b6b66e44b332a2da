using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Operations;

/// <summary>A stand-in OpenTelemetry collector on a loopback port: keeps the body of every OTLP/HTTP export it is sent.</summary>
public sealed class OtlpListener : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpListener(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, byte[] Body)> Exports { get; } = new();

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<OtlpListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var listener = new OtlpListener(app);
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            listener.Exports.Enqueue(($"/v1/{signal}", body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return listener;
    }

    public bool Received(string path, string text) =>
        Exports.Any(e => e.Path == path && System.Text.Encoding.UTF8.GetString(e.Body).Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
