using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.LogSession;

/// <summary>The mentorship's own mentor logs a session that took place.</summary>
[AllowRoles(Roles.Mentor)]
public sealed record LogSessionCommand(Guid MentorshipId, DateTimeOffset StartedAt, int DurationMinutes, string Format, string Topics, string? Actions) : ICommand<Guid>;
