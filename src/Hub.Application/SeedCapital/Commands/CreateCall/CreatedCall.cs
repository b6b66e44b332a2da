namespace Hub.Application.SeedCapital.Commands.CreateCall;

public sealed record CreatedCall(Guid Id, string Status);
