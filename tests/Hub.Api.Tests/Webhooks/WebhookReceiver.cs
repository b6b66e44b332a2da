using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Api.Tests.Webhooks;

/// <summary>
/// A real HTTP receiver on a loopback port of its own (Kestrel, port 0): each test takes a path of its own and says how
/// that path answers its n-th call; every POST is kept with its exact body bytes and headers.
/// </summary>
public sealed class WebhookReceiver : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Func<int, CancellationToken, Task<int>>> _answers = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ReceivedWebhook>> _received = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>A new path answering with <paramref name="answer"/> (given the call number from 1); its full URL.</summary>
    public string Path(Func<int, CancellationToken, Task<int>> answer)
    {
        var path = $"/hooks/{Guid.NewGuid():N}";
        _answers[path] = answer;
        _received[path] = new ConcurrentQueue<ReceivedWebhook>();
        return BaseUrl + path;
    }

    public string Path(params int[] statuses) => Path((n, _) => Task.FromResult(statuses[Math.Min(n, statuses.Length) - 1]));

    public IReadOnlyList<ReceivedWebhook> Received(string url) => [.. _received[new Uri(url).AbsolutePath]];

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hooks/{id}", async (HttpContext context) =>
        {
            var path = context.Request.Path.Value!;
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var queue = _received[path];
            queue.Enqueue(new ReceivedWebhook(body.ToArray(), context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            context.Response.StatusCode = await _answers[path](queue.Count, context.RequestAborted);
            await context.Response.WriteAsync($"answer {context.Response.StatusCode}", context.RequestAborted);
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
