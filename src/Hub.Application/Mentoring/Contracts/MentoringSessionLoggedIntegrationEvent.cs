using Hub.Application.Common.Messaging;

namespace Hub.Application.Mentoring.Contracts;

/// <summary>
/// A mentor logged a session of a mentorship: the founder's learning hours grow by <see cref="DurationMinutes"/>
/// (Training's hours ledger), and a <see cref="Format"/> of <c>Group</c> counts toward the group-mentoring blocks.
/// </summary>
public sealed record MentoringSessionLoggedIntegrationEvent(
    Guid SessionId,
    Guid MentorshipId,
    Guid MentorUserId,
    Guid FounderUserId,
    Guid ApplicationId,
    DateTimeOffset StartedAt,
    int DurationMinutes,
    string Format) : IntegrationEvent;
