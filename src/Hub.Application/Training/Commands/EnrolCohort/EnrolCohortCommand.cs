using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Commands.EnrolCohort;

/// <summary>Enrols in a programme whoever of its intake's cohort is not enrolled yet; answers how many were.</summary>
[AllowSystemOnly]
public sealed record EnrolCohortCommand(Guid ProgrammeId) : ICommand<int>;
