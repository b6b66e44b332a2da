using System.Security.Cryptography;
using Hub.Api.Common.Security;
using Hub.Infrastructure.Common.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Common.Idempotency;

/// <summary>
/// A POST with an <c>Idempotency-Key</c> (ADR 0023): the first request with a key does the work and its answer (2xx or
/// 4xx) is kept; a repeat with the same method, path and body gets that answer again with <c>Idempotent-Replayed:
/// true</c>; a repeat while the first runs gets 409, the key used for another request 422. A 5xx, an exception or
/// an aborted request releases the key. Anonymous callers and anonymous endpoints ignore the key: what they answer
/// (tokens) is never kept. Kept bodies are encrypted with the app's data-protection keys (an issued partner key is in one).
/// </summary>
internal sealed partial class IdempotencyMiddleware(
    RequestDelegate next,
    IdempotencyStore store,
    IDataProtectionProvider dataProtection,
    IOptions<IdempotencyOptions> options,
    ILogger<IdempotencyMiddleware> logger)
{
    private static readonly string[] KeptHeaders = [HeaderNames.Location, HeaderNames.ContentType, HeaderNames.ETag];

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Hub.Idempotency.Responses");

    /// <summary>Only POSTs carrying the header come this way: every other request pays nothing.</summary>
    public static bool Applies(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.ContainsKey(IdempotencyKey.Header);

    public async Task InvokeAsync(HttpContext context)
    {
        var values = context.Request.Headers[IdempotencyKey.Header];
        var key = values.Count == 1 ? values[0] : null;
        if (!IdempotencyKey.IsValid(key))
        {
            await IdempotencyProblem.InvalidKeyAsync(context);
            return;
        }

        var caller = CallerKey.Of(context.User);
        if (caller is null || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await next(context);
            return;
        }

        var request = new IdempotentRequest(caller, key!, context.Request.Method, context.Request.Path.Value ?? "/", await HashBodyAsync(context.Request));
        var claim = await store.ClaimAsync(request, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Claimed:
                await DoTheWorkAsync(context, request, claim.Token);
                break;
            case IdempotencyClaimOutcome.Replay:
                await ReplayAsync(context, claim.Response!);
                break;
            case IdempotencyClaimOutcome.InProgress:
                await IdempotencyProblem.InProgressAsync(context);
                break;
            default:
                await IdempotencyProblem.KeyReusedAsync(context);
                break;
        }
    }

    private static async Task<byte[]> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return hash;
    }

    private async Task DoTheWorkAsync(HttpContext context, IdempotentRequest request, Guid token)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await store.ReleaseAsync(request, token, CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        var status = context.Response.StatusCode;
        var keep = status < StatusCodes.Status500InternalServerError && !context.RequestAborted.IsCancellationRequested
            && buffer.Length <= options.Value.MaxStoredResponseBytes;
        try
        {
            if (keep)
            {
                var headers = KeptHeaders.Where(h => context.Response.Headers.ContainsKey(h)).ToDictionary(h => h, h => context.Response.Headers[h].ToString());
                await store.CompleteAsync(request, token, new StoredResponse(status, headers, _protector.Protect(buffer.ToArray())), CancellationToken.None);
            }
            else
            {
                await store.ReleaseAsync(request, token, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or TimeoutException)
        {
            // The work is done and the caller gets its answer; the key, left in progress, is taken over after its timeout.
            LogNotKept(logger, exception, request.Key);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task ReplayAsync(HttpContext context, StoredResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        var body = _protector.Unprotect(response.Body);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The response to Idempotency-Key {Key} could not be kept")]
    private static partial void LogNotKept(ILogger logger, Exception exception, string key);
}
