using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.DraftProposal;

/// <summary>
/// A founder's proposal, on an accepted application of theirs; in a pilot competition that allows it, a team without
/// one proposes with <see cref="TeamName"/> and no <see cref="ApplicationId"/>.
/// </summary>
[AllowRoles(Roles.Founder)]
public sealed record DraftProposalCommand(
    Guid CallId,
    Guid? ApplicationId,
    string? TeamName,
    MoneyInput RequestedAmount,
    string Summary,
    IReadOnlyList<BudgetLineInput>? BudgetLines,
    IReadOnlyList<MilestoneInput>? Milestones) : ICommand<Guid>, IProposalContentInput;
