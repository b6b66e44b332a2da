using Hub.Domain.Common;

namespace Hub.Domain.Training.TrainingModules;

public readonly record struct TrainingModuleId(Guid Value) : IStronglyTypedId<TrainingModuleId>
{
    public static TrainingModuleId New() => new(Guid.CreateVersion7());

    public static TrainingModuleId From(Guid value) => new(value);
}
