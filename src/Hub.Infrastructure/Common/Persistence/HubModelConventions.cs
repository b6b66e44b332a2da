using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>The persistence rules every module's DbContext follows.</summary>
internal static class HubModelConventions
{
    private static readonly Type[] StronglyTypedIds = typeof(IAggregateRoot).Assembly.GetTypes()
        .Where(t => t is { IsValueType: true, IsGenericType: false }
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStronglyTypedId<>)))
        .ToArray();

    /// <summary>Every strongly typed id is stored as a uuid.</summary>
    public static void AddStronglyTypedIds(this ModelConfigurationBuilder configuration)
    {
        foreach (var idType in StronglyTypedIds)
        {
            configuration.Properties(idType).HaveConversion(typeof(StronglyTypedIdConverter<>).MakeGenericType(idType));
        }
    }

    /// <summary>
    /// Every aggregate root is versioned by PostgreSQL's <c>xmin</c> system column, so a save from a stale copy
    /// fails (optimistic concurrency) instead of overwriting someone else's change.
    /// </summary>
    public static void UseRowVersionsOnAggregates(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IAggregateRoot).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property<uint>(nameof(AggregateRoot<Guid>.Version)).IsRowVersion();
            modelBuilder.Entity(entity.ClrType).Ignore(nameof(IAggregateRoot.DomainEvents));
        }
    }
}
