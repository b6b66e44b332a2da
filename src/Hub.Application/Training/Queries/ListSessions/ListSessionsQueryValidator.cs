using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Training.Queries.ListSessions;

public sealed class ListSessionsQueryValidator : AbstractValidator<ListSessionsQuery>
{
    public ListSessionsQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.TimeZone).KnownTimeZone();
    }
}
