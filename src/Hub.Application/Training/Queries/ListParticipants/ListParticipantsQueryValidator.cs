using FluentValidation;
using Hub.Application.Common.Paging;

namespace Hub.Application.Training.Queries.ListParticipants;

public sealed class ListParticipantsQueryValidator : AbstractValidator<ListParticipantsQuery>
{
    public ListParticipantsQueryValidator() => RuleFor(q => q.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
