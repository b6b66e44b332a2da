using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetProposal;

[AllowRoles(Roles.Founder, Roles.Evaluator, Roles.Manager, Roles.Admin)]
public sealed record GetProposalQuery(Guid Id) : IQuery<SeedCapitalProposalDto>;
