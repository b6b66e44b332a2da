using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Common.Persistence;
using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>The repository of one aggregate root, over the DbContext of the aggregate's module.</summary>
internal sealed class EfRepository<TContext, T>(TContext context) : IRepository<T>, IReadRepository<T>
    where TContext : DbContext
    where T : class, IAggregateRoot
{
    private DbSet<T> Set => context.Set<T>();

    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Add(entity);
        await context.SaveChangesAsync(cancellationToken);
        return entity;
    }

    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        Set.AddRange(list);
        await context.SaveChangesAsync(cancellationToken);
        return list;
    }

    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Update(entity);
        return await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Set.UpdateRange(entities);
        return await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Remove(entity);
        return await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Set.RemoveRange(entities);
        return await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        Set.RemoveRange(await Query(specification).ToListAsync(cancellationToken));
        return await context.SaveChangesAsync(cancellationToken);
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => context.SaveChangesAsync(cancellationToken);

    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        await Set.FindAsync([id], cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(token => Query(specification).FirstOrDefaultAsync(token), cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(token => Query(specification).FirstOrDefaultAsync(token), cancellationToken);

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(token => Query(specification).SingleOrDefaultAsync(token), cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(token => Query(specification).SingleOrDefaultAsync(token), cancellationToken);

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => ReadAsync(Set.ToListAsync, cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(Query(specification).ToListAsync, cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(Query(specification).ToListAsync, cancellationToken);

    public async Task<CountedList<TResult>> ListCountedAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync(SpecificationEvaluator.ApplyCounted(Set.AsQueryable(), specification).ToListAsync, cancellationToken);
        return new CountedList<TResult>(rows.ConvertAll(r => r.Item), rows.Count > 0 ? rows[0].Total : null);
    }

    public Task<Dictionary<TKey, int>> CountByAsync<TKey>(ISpecification<T> specification, Expression<Func<T, TKey>> key, CancellationToken cancellationToken = default)
        where TKey : notnull =>
        ReadAsync(
            token => SpecificationEvaluator.Apply(Set.AsQueryable(), specification, criteriaOnly: true)
                .GroupBy(key)
                .Select(group => new KeyValuePair<TKey, int>(group.Key, group.Count()))
                .ToDictionaryAsync(pair => pair.Key, pair => pair.Value, token),
            cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(SpecificationEvaluator.Apply(Set.AsQueryable(), specification, criteriaOnly: true).CountAsync, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Set.CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        ReadAsync(SpecificationEvaluator.Apply(Set.AsQueryable(), specification, criteriaOnly: true).AnyAsync, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Set.AnyAsync(cancellationToken);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Query(specification).AsAsyncEnumerable();

    /// <summary>
    /// One read under one call of the execution strategy: a transient fault runs the whole read again, and inside it
    /// EF Core streams the rows into the result. A query left to the retrying strategy on its own first copies every
    /// row into a buffer, in case it must be read again: a third of a list page's allocations.
    /// </summary>
    private Task<TResult> ReadAsync<TResult>(Func<CancellationToken, Task<TResult>> read, CancellationToken cancellationToken) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(read, cancellationToken);

    private IQueryable<T> Query(ISpecification<T> specification) => SpecificationEvaluator.Apply(Set.AsQueryable(), specification);

    private IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) => SpecificationEvaluator.Apply(Set.AsQueryable(), specification);
}
