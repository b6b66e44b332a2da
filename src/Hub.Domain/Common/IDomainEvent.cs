namespace Hub.Domain.Common;

/// <summary>Something that happened inside a module; handled in the same save, never outside the module.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
