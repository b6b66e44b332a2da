using FluentValidation;

namespace Hub.Application.Training.Queries.GetSession;

public sealed class GetSessionQueryValidator : AbstractValidator<GetSessionQuery>
{
    public GetSessionQueryValidator() => RuleFor(q => q.TimeZone).KnownTimeZone();
}
