using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Webhooks.Queries.ListWebhooks;

public sealed class ListWebhooksQueryValidator : AbstractValidator<ListWebhooksQuery>
{
    public ListWebhooksQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
