using FluentValidation;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.EditWebhook;

public sealed class EditWebhookCommandValidator : AbstractValidator<EditWebhookCommand>
{
    public EditWebhookCommandValidator(IOptions<WebhooksOptions> options)
    {
        RuleFor(c => c.Url).Url(options.Value);
        RuleFor(c => c.Events).Events();
        RuleFor(c => c.Secret).Secret().When(c => c.Secret is not null);
    }
}
