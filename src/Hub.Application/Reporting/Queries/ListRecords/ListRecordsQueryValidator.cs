using FluentValidation;

namespace Hub.Application.Reporting.Queries.ListRecords;

public sealed class ListRecordsQueryValidator : AbstractValidator<ListRecordsQuery>
{
    public ListRecordsQueryValidator()
    {
        RuleFor(q => q.List).Must(ReportingLists.KindOf.ContainsKey).WithMessage($"'list' must be one of: {string.Join(", ", ReportingLists.KindOf.Keys)}.");
        RuleFor(q => q.From).WithinReportingYears().OverridePropertyName("from");
        RuleFor(q => q.To).WithinReportingYears().OverridePropertyName("to");
    }
}
