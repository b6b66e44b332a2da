namespace Hub.Api.DemoDay;

public sealed record PlanDemoDayRequest(string Name, DateOnly HeldOn, string? Venue, decimal ScaleMin, decimal ScaleMax, IReadOnlyList<CriterionRequest> Criteria);
