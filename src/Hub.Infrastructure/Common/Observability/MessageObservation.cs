using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Observability;

/// <summary>A span and a log scope (the message id: its correlation id) around the delivery of one outbox or inbox message.</summary>
internal readonly struct MessageObservation : IDisposable
{
    private readonly Activity? _activity;
    private readonly IDisposable? _scope;

    private MessageObservation(Activity? activity, IDisposable? scope)
    {
        _activity = activity;
        _scope = scope;
    }

    public static MessageObservation Start(ILogger logger, string kind, Guid messageId, string type)
    {
        var activity = HubTelemetry.Source.StartActivity($"{kind} {type}");
        activity?.SetTag("hub.message.id", messageId);
        var scope = logger.BeginScope(new Dictionary<string, object?> { [$"{kind}MessageId"] = messageId, ["MessageType"] = type });
        return new MessageObservation(activity, scope);
    }

    public void Failed(Exception error) => _activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);

    public void Dispose()
    {
        _scope?.Dispose();
        _activity?.Dispose();
        HubTelemetry.MessageAttempts.Add(1);
    }
}
