namespace Hub.Api.Common.Idempotency;

internal static class IdempotencyPipeline
{
    /// <summary>
    /// After authentication (the key belongs to a caller) and the rate limiter. An exception handler of its own inside
    /// the branch turns a refused command (a 404, 409, 422) into the problem that is kept and replayed.
    /// </summary>
    public static IApplicationBuilder UseHubIdempotency(this IApplicationBuilder app) =>
        app.UseWhen(IdempotencyMiddleware.Applies, branch => branch
            .UseMiddleware<IdempotencyMiddleware>()
            .UseExceptionHandler());
}
