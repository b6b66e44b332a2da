using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Commands.EnrolAcceptedFounder;

/// <summary>Records a founder accepted into an intake as a member of its cohort and enrols them in the intake's programmes.</summary>
[AllowSystemOnly]
public sealed record EnrolAcceptedFounderCommand(Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string FullName, DateTimeOffset AcceptedAt) : ICommand;
