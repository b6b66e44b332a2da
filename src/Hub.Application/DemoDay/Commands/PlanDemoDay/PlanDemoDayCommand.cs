using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.PlanDemoDay;

[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record PlanDemoDayCommand(string Name, DateOnly HeldOn, string? Venue, decimal ScaleMin, decimal ScaleMax, IReadOnlyList<CriterionDetails> Criteria) : ICommand<Guid>;
