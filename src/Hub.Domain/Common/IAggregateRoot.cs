namespace Hub.Domain.Common;

/// <summary>Marks the root of a consistency boundary; only roots are loaded and saved through repositories.</summary>
public interface IAggregateRoot
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
