using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Domain.SeedCapital.Proposals.Events;

/// <summary>The award decided a proposal: funded with <see cref="Amount"/>, or not funded (then null).</summary>
public sealed record ProposalDecidedDomainEvent(ProposalId ProposalId, CallId CallId, Guid FounderUserId, string VentureName, string CallTitle, Money? Amount, DateTimeOffset OccurredAt) : IDomainEvent;
