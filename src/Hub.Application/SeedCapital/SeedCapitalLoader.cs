using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital;

/// <summary>Loads the module's aggregates by id, or answers 404.</summary>
internal static class SeedCapitalLoader
{
    public static async Task<CallForProposals> RequireAsync(this IReadRepository<CallForProposals> calls, Guid id, CancellationToken cancellationToken) =>
        await calls.GetByIdAsync(CallId.From(id), cancellationToken) ?? throw new NotFoundException("Call", id);

    public static async Task<CallForProposals> RequireAsync(this IRepository<CallForProposals> calls, Guid id, CancellationToken cancellationToken) =>
        await calls.GetByIdAsync(CallId.From(id), cancellationToken) ?? throw new NotFoundException("Call", id);

    public static async Task<Grant> RequireAsync(this IRepository<Grant> grants, Guid id, CancellationToken cancellationToken) =>
        await grants.GetByIdAsync(GrantId.From(id), cancellationToken) ?? throw new NotFoundException("Grant", id);

    /// <summary>A proposal with the call it belongs to; whether the caller may see it is the caller's check.</summary>
    public static async Task<(Proposal Proposal, CallForProposals Call)> RequireWithCallAsync(
        this IRepository<Proposal> proposals, IRepository<CallForProposals> calls, Guid id, CancellationToken cancellationToken)
    {
        var proposal = await proposals.GetByIdAsync(ProposalId.From(id), cancellationToken) ?? throw new NotFoundException("Proposal", id);
        var call = await calls.GetByIdAsync(proposal.CallId, cancellationToken) ?? throw new NotFoundException("Proposal", id);
        return (proposal, call);
    }
}
