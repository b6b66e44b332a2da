using Hub.Domain.Common;

namespace Hub.Domain.Applicants.Intakes;

public readonly record struct IntakeId(Guid Value) : IStronglyTypedId<IntakeId>
{
    public static IntakeId New() => new(Guid.CreateVersion7());

    public static IntakeId From(Guid value) => new(value);
}
