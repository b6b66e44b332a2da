using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Commands.CreateCall;

public sealed class CreateCallCommandValidator : AbstractValidator<CreateCallCommand>
{
    public CreateCallCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Title).NotBlank().MaximumLength(CallForProposals.MaxTitleLength);
        RuleFor(c => c.Kind)
            .Must(k => k is null || EnumNames.IsName<CallKind>(k))
            .WithMessage(c => $"'{EchoedValue.Of(c.Kind)}' is not a kind of call. Use SeedCapital or PilotCompetition.");
        RuleFor(c => c.Budget).NotNull().SetValidator(new MoneyInputValidator());
        RuleFor(c => c.MaxGrant).NotNull().SetValidator(new MoneyInputValidator());
        RuleFor(c => c.MinScore).InclusiveBetween(0, CallForProposals.MaxScore);
        RuleFor(c => c.OpensAt).NotEmpty();
        RuleFor(c => c.ClosesAt).NotEmpty()
            .GreaterThan(c => c.OpensAt).WithMessage("'closesAt' must be later than 'opensAt'.")
            .Must(closesAt => closesAt > clock.GetUtcNow()).WithMessage("'closesAt' must be in the future.")
            .LessThan(CallForProposals.LatestMoment).WithMessage($"'closesAt' must be before {CallForProposals.LatestMoment:yyyy-MM-dd}.");
        RuleFor(c => c.EvaluationDeadline)
            .Must((c, deadline) => deadline is null || (deadline > c.ClosesAt && deadline < CallForProposals.LatestMoment))
            .WithMessage($"'evaluationDeadline' must be later than 'closesAt' and before {CallForProposals.LatestMoment:yyyy-MM-dd}.");
        RuleFor(c => c.Criteria).NotNull()
            .Must(c => c is { Count: > 0 and <= CallForProposals.MaxCriteria }).WithMessage($"A call needs 1 to {CallForProposals.MaxCriteria} criteria.")
            .Must(c => c is null || c.Where(x => x?.Name is not null).DistinctBy(x => x.Name.Trim(), StringComparer.OrdinalIgnoreCase).Count() == c.Count)
            .WithMessage("Criteria names must differ.");
        RuleForEach(c => c.Criteria).NotNull().ChildRules(criterion =>
        {
            criterion.RuleFor(x => x.Name).NotBlank().MaximumLength(Criterion.MaxNameLength);
            criterion.RuleFor(x => x.Weight).GreaterThan(0).LessThanOrEqualTo(Criterion.MaxWeight);
        });
    }
}
