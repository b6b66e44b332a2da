namespace Hub.Api.SeedCapital;

public sealed record EvaluatorAppointedResponse(Guid CallId, Guid UserId);
