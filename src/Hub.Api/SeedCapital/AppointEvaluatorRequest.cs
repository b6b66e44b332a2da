namespace Hub.Api.SeedCapital;

public sealed record AppointEvaluatorRequest(Guid UserId);
