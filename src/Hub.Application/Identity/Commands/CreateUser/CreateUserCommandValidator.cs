using FluentValidation;
using Hub.Domain.Common;

namespace Hub.Application.Identity.Commands.CreateUser;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).PresentPassword();
        RuleFor(c => c.FullName).ValidFullName();
        RuleFor(c => c.Role)
            .Must(r => Roles.Normalize(r) is not null)
            .WithName("role")
            .WithMessage($"'role' must be one of {string.Join(", ", Roles.PersonRoles)}.");
    }
}
