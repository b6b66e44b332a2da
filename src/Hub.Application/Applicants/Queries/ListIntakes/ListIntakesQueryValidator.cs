using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Applicants.Queries.ListIntakes;

public sealed class ListIntakesQueryValidator : AbstractValidator<ListIntakesQuery>
{
    public ListIntakesQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
