using Hub.Application.Common.Exceptions;
using Hub.Domain.Common;

namespace Hub.Application.Common.Persistence;

public static class VersionCheck
{
    /// <summary>
    /// Refuses a change made from a stale copy (the client's If-Match). The save checks the version again, so a
    /// change that lands between this check and the save is refused too.
    /// </summary>
    public static void EnsureVersion<TId>(this AggregateRoot<TId> aggregate, uint? expectedVersion)
        where TId : struct
    {
        if (expectedVersion is { } expected && expected != aggregate.Version)
        {
            throw new ConflictException($"This resource was changed by someone else (version {aggregate.Version}, yours {expected}); reload it and try again.", staleVersion: true);
        }
    }
}
