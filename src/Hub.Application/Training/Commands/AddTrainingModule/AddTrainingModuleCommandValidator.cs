using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Training.TrainingModules;

namespace Hub.Application.Training.Commands.AddTrainingModule;

public sealed class AddTrainingModuleCommandValidator : AbstractValidator<AddTrainingModuleCommand>
{
    public AddTrainingModuleCommandValidator()
    {
        RuleFor(c => c.Code).NotBlank().MaximumLength(TrainingModule.MaxCodeLength);
        RuleFor(c => c.Name).NotBlank().MaximumLength(TrainingModule.MaxNameLength);
        RuleFor(c => c.NameMn).NotBlank().MaximumLength(TrainingModule.MaxNameLength);
        RuleFor(c => c.PlannedHours).InclusiveBetween(1, TrainingModule.MaxPlannedHours);
        RuleFor(c => c.Topics).Must(t => t is null || t.Count <= TrainingModule.MaxTopics).WithMessage($"A module has at most {TrainingModule.MaxTopics} topics.");
        RuleForEach(c => c.Topics).NotNull().WithMessage("'topics' must not hold an empty topic.");
        RuleForEach(c => c.Topics).Where(t => t is not null).ChildRules(topic =>
        {
            topic.RuleFor(t => t.Title).NotBlank().MaximumLength(Topic.MaxTitleLength);
            topic.RuleFor(t => t.TitleMn).NotBlank().MaximumLength(Topic.MaxTitleLength);
            topic.RuleFor(t => t.Hours).InclusiveBetween(0, TrainingModule.MaxPlannedHours);
        });
    }
}
