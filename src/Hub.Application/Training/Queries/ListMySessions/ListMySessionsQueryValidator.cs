using FluentValidation;

namespace Hub.Application.Training.Queries.ListMySessions;

public sealed class ListMySessionsQueryValidator : AbstractValidator<ListMySessionsQuery>
{
    public ListMySessionsQueryValidator() => RuleFor(q => q.TimeZone).KnownTimeZone();
}
