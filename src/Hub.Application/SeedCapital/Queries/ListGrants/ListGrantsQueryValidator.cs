using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.SeedCapital.Queries.ListGrants;

public sealed class ListGrantsQueryValidator : AbstractValidator<ListGrantsQuery>
{
    public ListGrantsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
