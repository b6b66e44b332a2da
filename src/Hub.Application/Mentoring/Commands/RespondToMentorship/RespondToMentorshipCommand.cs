using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RespondToMentorship;

/// <summary>The proposed mentor accepts or declines; a decline frees the place for the next run.</summary>
[AllowRoles(Roles.Mentor)]
public sealed record RespondToMentorshipCommand(Guid Id, bool Accept) : ICommand<string>;
