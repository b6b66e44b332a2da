using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.SubmitApplication;

[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsWrite)]
public sealed record SubmitApplicationCommand(Guid Id) : ICommand<string>;
