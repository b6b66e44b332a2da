namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>application.submitted</c>: a venture applied to an intake.</summary>
public sealed record ApplicationSubmittedData(Guid ApplicationId, Guid IntakeId, string VentureName);
