using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.DemoDay.Queries.ListDemoDays;

public sealed class ListDemoDaysQueryValidator : AbstractValidator<ListDemoDaysQuery>
{
    public ListDemoDaysQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
