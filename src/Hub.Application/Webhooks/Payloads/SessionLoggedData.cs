namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>mentoring.session_logged</c>: a mentoring session of an accepted application (OneToOne or Group).</summary>
public sealed record SessionLoggedData(Guid SessionId, Guid MentorshipId, Guid ApplicationId, DateTimeOffset StartedAt, int DurationMinutes, string Format);
