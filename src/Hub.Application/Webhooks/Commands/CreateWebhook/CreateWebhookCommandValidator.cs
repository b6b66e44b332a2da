using FluentValidation;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.CreateWebhook;

public sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator(IOptions<WebhooksOptions> options)
    {
        RuleFor(c => c.Url).Url(options.Value);
        RuleFor(c => c.Events).Events();
        RuleFor(c => c.Secret).NotNull().WithMessage("'secret' is required.").Secret();
    }
}
