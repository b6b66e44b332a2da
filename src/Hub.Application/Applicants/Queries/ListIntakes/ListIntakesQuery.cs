using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Queries.ListIntakes;

/// <summary>Intakes, latest closing first.</summary>
[AllowAnonymousCallers]
public sealed record ListIntakesQuery(PageRequest Page) : IQuery<PagedList<ApplicantsIntakeDto>>;
