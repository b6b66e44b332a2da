using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.CountCallProposals;

/// <summary>How many proposals (drafts too) each of these calls has, in one query: a call with none is absent.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record CountCallProposalsQuery(IReadOnlyList<Guid> CallIds) : IQuery<IReadOnlyDictionary<Guid, int>>;
