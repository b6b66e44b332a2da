using FluentValidation;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Validation;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Queries.ListCalls;

public sealed class ListCallsQueryValidator : AbstractValidator<ListCallsQuery>
{
    public ListCallsQueryValidator()
    {
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
        RuleFor(q => q.Kind)
            .Must(k => k is null || EnumNames.IsName<CallKind>(k))
            .WithMessage(q => $"'{EchoedValue.Of(q.Kind)}' is not a kind of call. Kinds: SeedCapital, PilotCompetition.");
    }
}
