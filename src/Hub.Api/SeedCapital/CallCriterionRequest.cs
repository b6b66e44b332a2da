namespace Hub.Api.SeedCapital;

public sealed record CallCriterionRequest(string Name, decimal Weight);
