using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Privacy.Queries.ListErasures;

public sealed class ListErasuresQueryValidator : AbstractValidator<ListErasuresQuery>
{
    public ListErasuresQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator());
}
