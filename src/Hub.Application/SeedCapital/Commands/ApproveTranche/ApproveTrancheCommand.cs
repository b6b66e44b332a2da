using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ApproveTranche;

/// <summary>A manager approves a reported milestone: its tranche is released at the day's euro rate.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ApproveTrancheCommand(Guid GrantId, int Number, uint? ExpectedVersion = null) : ICommand<string>;
