namespace Hub.Api.Mentoring;

/// <summary>The mentorships the publication proposed, one per assignment.</summary>
public sealed record PublishedRunResponse(Guid Id, IReadOnlyList<Guid> MentorshipIds);
