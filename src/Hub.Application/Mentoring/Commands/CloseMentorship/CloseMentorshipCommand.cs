using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.CloseMentorship;

/// <summary>Ends an active mentorship with a short outcome: staff or its mentor.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor)]
public sealed record CloseMentorshipCommand(Guid Id, string Outcome) : ICommand<string>;
