namespace Hub.Domain.Mentoring.Mentors;

/// <summary>A declared conflict of interest: this mentor may never be matched with this application.</summary>
public sealed record MentorConflict(Guid ApplicationId, string Reason, Guid DeclaredBy, DateTimeOffset DeclaredAt);
