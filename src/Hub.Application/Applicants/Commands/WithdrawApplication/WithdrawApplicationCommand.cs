using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.WithdrawApplication;

[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsWrite)]
public sealed record WithdrawApplicationCommand(Guid Id) : ICommand<string>;
