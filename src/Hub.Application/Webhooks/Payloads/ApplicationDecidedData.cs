namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>application.decided</c>: Accept, Reject or Waitlist (the reason stays with the founder).</summary>
public sealed record ApplicationDecidedData(Guid ApplicationId, Guid IntakeId, string Decision);
