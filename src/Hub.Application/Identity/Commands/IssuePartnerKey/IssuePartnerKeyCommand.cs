using Mediator;

namespace Hub.Application.Identity.Commands.IssuePartnerKey;

public sealed record IssuePartnerKeyCommand(string Name, IReadOnlyList<string> Scopes) : ICommand<IssuedPartnerKey>;
