using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.ConfirmSession;

/// <summary>The mentorship's founder confirms a logged session and rates it 1–5.</summary>
[AllowRoles(Roles.Founder)]
public sealed record ConfirmSessionCommand(Guid MentorshipId, Guid SessionId, int Rating, string? Comment) : ICommand;
