using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.RevokePartnerKey;

[AllowRoles(Roles.Admin)]
public sealed record RevokePartnerKeyCommand(Guid Id) : ICommand;
