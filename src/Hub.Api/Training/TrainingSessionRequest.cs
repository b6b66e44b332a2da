using Hub.Api.Common.OpenApi;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Api.Training;

/// <summary>A session to schedule: <c>venue</c> for one in person, <c>link</c> for a webinar; <c>startsAt</c> may lie in the past.</summary>
public sealed record TrainingSessionRequest(
    Guid ModuleId,
    string Title,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    [property: OpenApiEnum(typeof(SessionMode))] string Mode,
    string? Venue,
    string? Link,
    Guid TrainerUserId);
