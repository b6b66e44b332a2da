using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.SeedCapital.Queries.ListCallProposals;

public sealed class ListCallProposalsQueryValidator : AbstractValidator<ListCallProposalsQuery>
{
    public ListCallProposalsQueryValidator() =>
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
