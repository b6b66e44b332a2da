using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Application.Common.Behaviors;

/// <summary>Warns about any command or query slower than <see cref="SlowRequestOptions.Threshold"/>.</summary>
public sealed partial class SlowRequestBehavior<TMessage, TResponse>(
    ILogger<SlowRequestBehavior<TMessage, TResponse>> logger,
    IOptions<SlowRequestOptions> options)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > options.Value.Threshold)
            {
                LogSlow(logger, typeof(TMessage).Name, elapsed.TotalMilliseconds, options.Value.Threshold.TotalMilliseconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request: {Message} took {ElapsedMs:0} ms (threshold {ThresholdMs:0} ms)")]
    private static partial void LogSlow(ILogger logger, string message, double elapsedMs, double thresholdMs);
}
