using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Application.Privacy.Queries.GetErasure;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Privacy.Queries.ListErasures;

/// <summary>The erasure log, newest first.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ListErasuresQuery(PageRequest Page) : IQuery<PagedList<PrivacyErasureDto>>;
