using FluentValidation;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Queries.ListApplications;

public sealed class ListApplicationsQueryValidator : AbstractValidator<ListApplicationsQuery>
{
    public ListApplicationsQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Status)
            .Must(s => s is null || EnumNames.IsName<ApplicationStatus>(s))
            .WithMessage(q => $"'{EchoedValue.Of(q.Status)}' is not a status. Statuses: {string.Join(", ", Enum.GetNames<ApplicationStatus>())}.");
    }
}
