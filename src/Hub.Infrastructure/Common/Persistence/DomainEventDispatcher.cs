using System.Collections.Concurrent;
using Hub.Application.Common.Messaging;
using Hub.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>Calls every <see cref="IDomainEventHandler{TEvent}"/> of a domain event, in the saving scope.</summary>
internal sealed class DomainEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>> Dispatchers = new();

    public ValueTask DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        Dispatchers.GetOrAdd(domainEvent.GetType(), CreateDispatcher)(services, domainEvent, cancellationToken);

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask> CreateDispatcher(Type eventType) =>
        typeof(DomainEventDispatcher)
            .GetMethod(nameof(DispatchTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, ValueTask>>();

    private static async ValueTask DispatchTyped<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.Handle((TEvent)domainEvent, cancellationToken);
        }
    }
}
