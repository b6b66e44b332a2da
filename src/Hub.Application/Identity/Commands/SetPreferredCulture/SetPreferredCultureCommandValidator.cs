using FluentValidation;
using Hub.Application.Common.Notifications;

namespace Hub.Application.Identity.Commands.SetPreferredCulture;

public sealed class SetPreferredCultureCommandValidator : AbstractValidator<SetPreferredCultureCommand>
{
    public SetPreferredCultureCommandValidator() =>
        RuleFor(c => c.Culture)
            .Must(NotificationCultures.IsKnown)
            .WithMessage($"Culture must be one of: {string.Join(", ", NotificationCultures.All)}.");
}
