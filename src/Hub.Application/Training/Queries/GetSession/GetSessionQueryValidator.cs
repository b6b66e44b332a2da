using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.Training.Queries.GetSession;

public sealed class GetSessionQueryValidator : AbstractValidator<GetSessionQuery>
{
    public GetSessionQueryValidator() =>
        RuleFor(q => q.TimeZone).Must(TrainingTimeZones.IsKnown)
            .WithMessage(q => $"'{EchoedValue.Of(q.TimeZone)}' is not a known IANA time zone (e.g. Asia/Ulaanbaatar, Europe/Ljubljana).");
}
