using Mediator;

namespace Hub.Application.Identity.Commands.RevokePartnerKey;

public sealed record RevokePartnerKeyCommand(Guid Id) : ICommand;
