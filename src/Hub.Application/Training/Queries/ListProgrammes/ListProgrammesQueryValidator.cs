using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Training.Queries.ListProgrammes;

public sealed class ListProgrammesQueryValidator : AbstractValidator<ListProgrammesQuery>
{
    public ListProgrammesQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
