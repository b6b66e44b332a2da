namespace Hub.Application.DemoDay.Commands.PlanDemoDay;

public sealed record CriterionDetails(string Name, decimal Weight);
