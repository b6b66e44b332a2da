using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.IssuePartnerKey;

[AllowRoles(Roles.Admin)]
public sealed record IssuePartnerKeyCommand(string Name, IReadOnlyList<string> Scopes) : ICommand<IssuedPartnerKey>;
