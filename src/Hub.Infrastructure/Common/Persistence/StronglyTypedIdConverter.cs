using Hub.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Infrastructure.Common.Persistence;

internal sealed class StronglyTypedIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Create(value))
    where TId : struct, IStronglyTypedId<TId>
{
    // Expression trees cannot call a static abstract member directly; a delegate to it can be called.
    private static readonly Func<Guid, TId> Create = TId.From;
}
