using FluentValidation;

namespace Hub.Application.Reporting.Queries.GetIndicators;

public sealed class GetIndicatorsQueryValidator : AbstractValidator<GetIndicatorsQuery>
{
    public GetIndicatorsQueryValidator()
    {
        RuleFor(q => q.From).WithinReportingYears().OverridePropertyName("from");
        RuleFor(q => q.To).WithinReportingYears().OverridePropertyName("to");
    }
}
