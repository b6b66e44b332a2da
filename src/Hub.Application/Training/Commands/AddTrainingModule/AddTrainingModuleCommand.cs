using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Commands.AddTrainingModule;

/// <summary>Adds a module to the curriculum; answers its id.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record AddTrainingModuleCommand(string Code, string Name, string NameMn, int PlannedHours, IReadOnlyList<TrainingTopicDetails>? Topics) : ICommand<Guid>;
