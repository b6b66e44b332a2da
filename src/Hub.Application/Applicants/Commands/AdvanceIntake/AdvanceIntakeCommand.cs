using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Commands.AdvanceIntake;

/// <summary>Opens or closes one intake when its moment has come; sent by the deadline job.</summary>
[AllowSystemOnly]
public sealed record AdvanceIntakeCommand(Guid IntakeId) : ICommand<string>;
