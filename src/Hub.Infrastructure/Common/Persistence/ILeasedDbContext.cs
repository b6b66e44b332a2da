namespace Hub.Infrastructure.Common.Persistence;

/// <summary>
/// A pooled DbContext that takes, from the service scope that leases it, what it needs beyond its options (a pooled
/// context is built with its options only, and outlives the scope). Called each time it leaves the pool.
/// </summary>
internal interface ILeasedDbContext
{
    void Lease(IServiceProvider scope);
}
