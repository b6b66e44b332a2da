using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.EditMentor;

/// <summary>Edits a mentor's profile: staff, or the mentor themself (who may not change <paramref name="Active"/>).</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Mentor)]
public sealed record EditMentorCommand(Guid Id, MentorDetails Details, bool? Active, uint? ExpectedVersion) : ICommand<uint>;
