using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Commands.DraftProposal;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ReviseProposal;

/// <summary>A founder changes their own draft proposal; with <see cref="ExpectedVersion"/>, a change made meanwhile is refused (409).</summary>
[AllowRoles(Roles.Founder)]
public sealed record ReviseProposalCommand(
    Guid Id,
    MoneyInput RequestedAmount,
    string Summary,
    IReadOnlyList<BudgetLineInput>? BudgetLines,
    IReadOnlyList<MilestoneInput>? Milestones,
    uint? ExpectedVersion = null) : ICommand, IProposalContentInput;
