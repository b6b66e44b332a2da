using Hub.Domain.Common;

namespace Hub.Domain.Training.TrainingSessions;

public readonly record struct TrainingSessionId(Guid Value) : IStronglyTypedId<TrainingSessionId>
{
    public static TrainingSessionId New() => new(Guid.CreateVersion7());

    public static TrainingSessionId From(Guid value) => new(value);
}
