using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Hub.Application.Common.Behaviors;

/// <summary>
/// Logs every command and query with how long it took and how it ended: success at Debug (so the log at
/// Information is not one line per request), a failure at Information (the exception handler logs the unexpected ones).
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        LogHandling(logger, name);
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(logger, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name, exception.Message);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling {Message}")]
    private static partial void LogHandling(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Message} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} ended after {ElapsedMs:0.0} ms with {Exception}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string message, double elapsedMs, string exception, string reason);
}
