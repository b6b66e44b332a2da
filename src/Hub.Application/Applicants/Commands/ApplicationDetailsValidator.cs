using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Commands;

/// <summary>Field-by-field checks with messages a founder can act on; the domain re-checks every rule.</summary>
public sealed class ApplicationDetailsValidator<T> : AbstractValidator<T>
    where T : IApplicationDetails
{
    public ApplicationDetailsValidator(TimeProvider clock)
    {
        RuleFor(c => c.VentureName).NotBlank().MaximumLength(200);
        RuleFor(c => c.Sector)
            .Must(EnumNames.IsName<Sector>)
            .WithMessage(c => $"'{EchoedValue.Of(c.Sector)}' is not a sector. Sectors: {string.Join(", ", Enum.GetNames<Sector>())}.");
        RuleFor(c => c.Description).NotBlank().MaximumLength(4000);
        RuleFor(c => c.Founder).NotNull().DependentRules(() =>
        {
            RuleFor(c => c.Founder.FullName).NotBlank().MaximumLength(200);
            RuleFor(c => c.Founder.Gender)
                .Must(EnumNames.IsName<Gender>)
                .WithMessage(c => $"'{EchoedValue.Of(c.Founder.Gender)}' is not a gender. Use one of {string.Join(", ", Enum.GetNames<Gender>())}.");
            RuleFor(c => c.Founder.BirthYear)
                .InclusiveBetween(FounderProfile.EarliestBirthYear, clock.GetUtcNow().Year - FounderProfile.YoungestAge);
            RuleFor(c => c.Founder.Soum).NotBlank().MaximumLength(100);
            RuleFor(c => c.Founder.Phone).ValidPhoneNumber();
            RuleFor(c => c.Founder.Languages).NotEmpty().WithMessage("Name at least one language the founder speaks (ISO 639-1, e.g. mn, en).");
            RuleForEach(c => c.Founder.Languages).KnownLanguageCode();
        });
        RuleFor(c => c.TeamMembers).NotNull().Must(t => t.Count <= ProgrammeApplication.MaxTeamMembers)
            .WithMessage($"A team has at most {ProgrammeApplication.MaxTeamMembers} members besides the founder.");
        RuleForEach(c => c.TeamMembers).ChildRules(member =>
        {
            member.RuleFor(m => m.FullName).NotBlank().MaximumLength(200);
            member.RuleFor(m => m.Role).NotBlank().MaximumLength(100);
        });
    }
}
