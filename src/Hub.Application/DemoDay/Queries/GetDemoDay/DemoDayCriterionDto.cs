namespace Hub.Application.DemoDay.Queries.GetDemoDay;

public sealed record DemoDayCriterionDto(string Name, decimal Weight);
