using Ardalis.Specification;
using Hub.Domain.Common;

namespace Hub.Application.Common.Persistence;

/// <summary>Loads and saves one kind of aggregate root; the one data abstraction handlers use.</summary>
public interface IRepository<T> : IRepositoryBase<T>
    where T : class, IAggregateRoot;
