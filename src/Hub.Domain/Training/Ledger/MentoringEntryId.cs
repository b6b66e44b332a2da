using Hub.Domain.Common;

namespace Hub.Domain.Training.Ledger;

public readonly record struct MentoringEntryId(Guid Value) : IStronglyTypedId<MentoringEntryId>
{
    public static MentoringEntryId New() => new(Guid.CreateVersion7());

    public static MentoringEntryId From(Guid value) => new(value);
}
