using FluentValidation;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Validation;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Queries.ListMentorships;

public sealed class ListMentorshipsQueryValidator : AbstractValidator<ListMentorshipsQuery>
{
    public ListMentorshipsQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Status)
            .Must(s => s is null || EnumNames.IsName<MentorshipStatus>(s))
            .WithName("status")
            .WithMessage($"'status' must be one of {string.Join(", ", Enum.GetNames<MentorshipStatus>())}.");
    }
}
