using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Mentoring.Queries.ListMentors;

public sealed class ListMentorsQueryValidator : AbstractValidator<ListMentorsQuery>
{
    public ListMentorsQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
