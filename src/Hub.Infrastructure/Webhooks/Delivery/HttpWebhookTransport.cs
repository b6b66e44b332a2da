using System.Net.Http.Headers;
using System.Text;
using Hub.Application.Webhooks;
using Hub.Domain.Webhooks.Deliveries;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>Posts with the named client <see cref="ClientName"/>, within the configured timeout, and reports what happened.</summary>
internal sealed class HttpWebhookTransport(IHttpClientFactory clients, IOptions<WebhooksOptions> options, TimeProvider clock) : IWebhookTransport
{
    public const string ClientName = "webhooks";

    /// <summary>Enough bytes for the excerpt even in multi-byte UTF-8.</summary>
    private const int ExcerptBytes = AttemptResult.MaxExcerptLength * 4;

    public async Task<AttemptResult> PostAsync(WebhookPost post, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, post.Url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(post.Body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in post.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var started = clock.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var excerpt = await ExcerptAsync(response, timeout.Token);
            var outcome = response.IsSuccessStatusCode ? AttemptOutcome.Succeeded : AttemptOutcome.HttpError;
            return new AttemptResult(outcome, (int)response.StatusCode, clock.GetElapsedTime(started), excerpt);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(AttemptOutcome.Timeout, null, clock.GetElapsedTime(started), $"No answer within {options.Value.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException error) when (FindRefusal(error) is { } refusal)
        {
            return new AttemptResult(AttemptOutcome.AddressRefused, null, clock.GetElapsedTime(started), refusal.Message);
        }
        catch (HttpRequestException error)
        {
            return new AttemptResult(AttemptOutcome.ConnectionFailed, null, clock.GetElapsedTime(started), Short(error.Message));
        }
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ExcerptBytes];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        return read == 0 ? null : Short(Encoding.UTF8.GetString(buffer, 0, read));
    }

    private static string Short(string text) => text.Length > AttemptResult.MaxExcerptLength ? text[..AttemptResult.MaxExcerptLength] : text;

    private static WebhookAddressRefusedException? FindRefusal(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is WebhookAddressRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
