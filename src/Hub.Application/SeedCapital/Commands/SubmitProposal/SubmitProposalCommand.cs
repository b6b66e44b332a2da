using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.SubmitProposal;

[AllowRoles(Roles.Founder)]
public sealed record SubmitProposalCommand(Guid Id) : ICommand<string>;
