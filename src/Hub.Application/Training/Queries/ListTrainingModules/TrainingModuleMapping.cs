using Hub.Domain.Training.TrainingModules;

namespace Hub.Application.Training.Queries.ListTrainingModules;

internal static class TrainingModuleMapping
{
    public static TrainingModuleDto ToDto(this TrainingModule module) =>
        new(module.Id.Value, module.Code, module.Name, module.NameMn, module.PlannedHours,
            [.. module.Topics.OrderBy(t => t.Position).Select(t => new TrainingTopicDto(t.Id, t.Title, t.TitleMn, t.Hours))]);
}
