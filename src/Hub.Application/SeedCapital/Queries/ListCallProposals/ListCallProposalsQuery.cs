using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListCallProposals;

/// <summary>A call's proposals, in order of submission: all for managers, the submitted ones for its evaluators, their own for a founder.</summary>
[AllowRoles(Roles.Founder, Roles.Evaluator, Roles.Manager, Roles.Admin)]
public sealed record ListCallProposalsQuery(Guid CallId, PageRequest Page) : IQuery<PagedList<SeedCapitalProposalSummaryDto>>;
