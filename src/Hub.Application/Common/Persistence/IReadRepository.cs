using Ardalis.Specification;
using Hub.Domain.Common;

namespace Hub.Application.Common.Persistence;

/// <summary>Queries one kind of aggregate root without tracking it, for read models and lists.</summary>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot;
