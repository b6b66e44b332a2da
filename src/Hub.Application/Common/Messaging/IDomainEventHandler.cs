using Hub.Domain.Common;

namespace Hub.Application.Common.Messaging;

/// <summary>Reacts to a domain event inside the save that raised it, in the same module and transaction.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    ValueTask Handle(TEvent domainEvent, CancellationToken cancellationToken);
}
