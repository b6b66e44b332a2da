using FluentValidation;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Validation;

namespace Hub.Application.Training.Queries.ListSessions;

public sealed class ListSessionsQueryValidator : AbstractValidator<ListSessionsQuery>
{
    public ListSessionsQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.TimeZone).Must(TrainingTimeZones.IsKnown)
            .WithMessage(q => $"'{EchoedValue.Of(q.TimeZone)}' is not a known IANA time zone (e.g. Asia/Ulaanbaatar, Europe/Ljubljana).");
    }
}
