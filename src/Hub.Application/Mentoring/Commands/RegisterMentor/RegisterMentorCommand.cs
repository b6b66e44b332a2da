using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RegisterMentor;

/// <summary>Adds a mentor to the directory, with an account with the Mentor role (created, with a set-password link, when missing).</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record RegisterMentorCommand(string Email, MentorDetails Details) : ICommand<Guid>;
