namespace Hub.Application.SeedCapital.Queries.GetCall;

public sealed record SeedCapitalCriterionDto(string Name, decimal Weight);
