using Hub.Domain.Common;

namespace Hub.Domain.Training.TrainingProgrammes;

public readonly record struct TrainingProgrammeId(Guid Value) : IStronglyTypedId<TrainingProgrammeId>
{
    public static TrainingProgrammeId New() => new(Guid.CreateVersion7());

    public static TrainingProgrammeId From(Guid value) => new(value);
}
