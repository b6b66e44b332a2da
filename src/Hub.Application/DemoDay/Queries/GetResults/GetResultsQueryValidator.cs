using FluentValidation;
using Hub.Application.Common.Validation;

namespace Hub.Application.DemoDay.Queries.GetResults;

public sealed class GetResultsQueryValidator : AbstractValidator<GetResultsQuery>
{
    public GetResultsQueryValidator() =>
        RuleFor(q => q.Method).Must(m => RankingMethodNames.Parse(m) is not null)
            .WithMessage(q => $"'{EchoedValue.Of(q.Method)}' is not a ranking method. Use {string.Join(", ", RankingMethodNames.All)}.");
}
