namespace Hub.Api.DemoDay;

public sealed record CriterionRequest(string Name, decimal Weight);
