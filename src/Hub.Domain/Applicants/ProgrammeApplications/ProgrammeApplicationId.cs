using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications;

public readonly record struct ProgrammeApplicationId(Guid Value) : IStronglyTypedId<ProgrammeApplicationId>
{
    public static ProgrammeApplicationId New() => new(Guid.CreateVersion7());

    public static ProgrammeApplicationId From(Guid value) => new(value);
}
