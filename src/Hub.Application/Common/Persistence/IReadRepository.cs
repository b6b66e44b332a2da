using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Domain.Common;

namespace Hub.Application.Common.Persistence;

/// <summary>
/// Queries one kind of aggregate root, for read models and lists. It turns no tracking off by itself: a read is
/// untracked when its specification says <c>AsNoTracking</c> (the read-model specifications do);
/// <c>GetByIdAsync</c> and <c>ListAsync</c> without a specification track what they load.
/// </summary>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot
{
    /// <summary>
    /// The page a projecting specification selects and how many rows its criteria match, in one query (one round
    /// trip instead of a list and a count); the total is null when the page is empty.
    /// </summary>
    Task<CountedList<TResult>> ListCountedAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many rows a specification's criteria match for each value of <paramref name="key"/>, in one grouped query
    /// (a count per call, say, instead of one count per call); keys that match nothing are absent.
    /// </summary>
    Task<Dictionary<TKey, int>> CountByAsync<TKey>(ISpecification<T> specification, Expression<Func<T, TKey>> key, CancellationToken cancellationToken = default)
        where TKey : notnull;
}
