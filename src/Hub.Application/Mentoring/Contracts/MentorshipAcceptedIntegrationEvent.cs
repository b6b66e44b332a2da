using Hub.Application.Common.Messaging;

namespace Hub.Application.Mentoring.Contracts;

/// <summary>
/// A mentor accepted a proposed mentorship: from now on this mentor mentors (or mentored) the venture of
/// <see cref="ApplicationId"/>, which Demo Day treats as a conflict of interest for judging its pitch.
/// </summary>
public sealed record MentorshipAcceptedIntegrationEvent(Guid MentorshipId, Guid MentorId, Guid MentorUserId, Guid ApplicationId, Guid FounderUserId) : IntegrationEvent;
