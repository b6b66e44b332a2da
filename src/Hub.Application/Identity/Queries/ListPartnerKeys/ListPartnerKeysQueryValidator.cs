using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Identity.Queries.ListPartnerKeys;

public sealed class ListPartnerKeysQueryValidator : AbstractValidator<ListPartnerKeysQuery>
{
    public ListPartnerKeysQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator());
}
