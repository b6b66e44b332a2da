using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital;

/// <summary>Who may see which proposal and grant: one place for the module's resource checks.</summary>
internal static class SeedCapitalAccess
{
    /// <summary>A founder sees their own proposals; an evaluator the submitted proposals of the calls they evaluate; managers all.</summary>
    public static bool CanRead(this ICurrentUser user, CallForProposals call, Proposal proposal) =>
        user.IsManager()
        || (user.IsFounder() && user.Id == proposal.FounderUserId)
        || user.EvaluatesProposalsOf(call) && proposal.Status != ProposalStatus.Draft;

    public static bool EvaluatesProposalsOf(this ICurrentUser user, CallForProposals call) => user.EvaluatorId() is { } id && call.IsEvaluator(id);

    /// <summary>The caller's id when they are a person with the evaluator role (who may be appointed to calls).</summary>
    public static Guid? EvaluatorId(this ICurrentUser user) => !user.IsPartner && user.IsInRole(Roles.Evaluator) ? user.Id : null;

    public static bool CanReadAllGrants(this ICurrentUser user) => user.IsManager() || user.IsPartnerWith(PartnerScopes.CallsRead);

    public static Grant EnsureCanRead(this ICurrentUser user, Grant? grant, Guid id) =>
        grant is not null && (user.CanReadAllGrants() || (user.IsFounder() && user.Id == grant.FounderUserId))
            ? grant
            : throw new NotFoundException("Grant", id);
}
