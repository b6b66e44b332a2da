using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.DeclareConflict;

/// <summary>Declares that a mentor may never be matched with an (accepted) application.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record DeclareConflictCommand(Guid MentorId, Guid ApplicationId, string Reason) : ICommand;
