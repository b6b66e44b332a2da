using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListMyProposals;

/// <summary>The signed-in founder's proposals to every call, with the call's deadline and, once awarded, the grant.</summary>
[AllowRoles(Roles.Founder)]
public sealed record ListMyProposalsQuery : IQuery<IReadOnlyList<SeedCapitalMyProposalDto>>;
