using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Training.Queries.ListAttendanceCorrections;

public sealed class ListAttendanceCorrectionsQueryValidator : AbstractValidator<ListAttendanceCorrectionsQuery>
{
    public ListAttendanceCorrectionsQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
