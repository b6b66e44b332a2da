using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Queries.GetApplication;

[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsRead)]
public sealed record GetApplicationQuery(Guid Id) : IQuery<ApplicantsApplicationDto>;
