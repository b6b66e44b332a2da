namespace Hub.Application.SeedCapital.Commands.CreateCall;

public sealed record CallCriterionInput(string Name, decimal Weight);
