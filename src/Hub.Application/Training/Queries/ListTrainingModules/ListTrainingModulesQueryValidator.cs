using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Training.Queries.ListTrainingModules;

public sealed class ListTrainingModulesQueryValidator : AbstractValidator<ListTrainingModulesQuery>
{
    public ListTrainingModulesQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
