using System.Collections.Concurrent;
using Hub.Application.Common.Messaging;
using Hub.Infrastructure.Common.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Inbox;

/// <summary>Calls the one handler an inbox row is for, resolved from the row's scope.</summary>
internal static class IntegrationEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<object, IntegrationEvent, CancellationToken, ValueTask>> Calls = new();

    public static ValueTask HandleAsync(IServiceProvider services, IntegrationEventSubscription subscription, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handler = services.GetRequiredService(subscription.HandlerType);
        return Calls.GetOrAdd(subscription.EventType, CreateCall)(handler, integrationEvent, cancellationToken);
    }

    private static Func<object, IntegrationEvent, CancellationToken, ValueTask> CreateCall(Type eventType) =>
        typeof(IntegrationEventDispatcher)
            .GetMethod(nameof(CallTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<object, IntegrationEvent, CancellationToken, ValueTask>>();

    private static ValueTask CallTyped<TEvent>(object handler, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IntegrationEvent =>
        ((IIntegrationEventHandler<TEvent>)handler).Handle((TEvent)integrationEvent, cancellationToken);
}
