using FluentValidation;
using Hub.Domain.Common;

namespace Hub.Application.Identity.Commands.ChangeUserRoles;

/// <summary>
/// At least one known role. A founder is an applicant whose application staff decide, so Founder is never combined with
/// Manager or Admin: the one account would decide its own application.
/// </summary>
public sealed class ChangeUserRolesCommandValidator : AbstractValidator<ChangeUserRolesCommand>
{
    public ChangeUserRolesCommandValidator()
    {
        RuleFor(c => c.Roles)
            .NotEmpty()
            .WithName("roles")
            .Must(roles => roles.All(r => Roles.Normalize(r) is not null))
            .WithMessage($"Each role must be one of {string.Join(", ", Roles.PersonRoles)}.")
            .Must(roles => !(roles.Any(IsFounder) && roles.Any(IsStaff)))
            .WithMessage("A founder cannot also be a Manager or an Admin.");
        RuleFor(c => c.Version).NotEmpty().MaximumLength(64).WithName("version");
    }

    private static bool IsFounder(string role) => Roles.Normalize(role) == Roles.Founder;

    private static bool IsStaff(string role) => Roles.Normalize(role) is Roles.Manager or Roles.Admin;
}
