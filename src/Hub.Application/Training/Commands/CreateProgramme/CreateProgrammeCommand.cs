using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Commands.CreateProgramme;

/// <summary>Creates a programme for an intake's cohort and enrols everyone accepted so far; answers its id.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record CreateProgrammeCommand(string Name, Guid IntakeId) : ICommand<Guid>;
