namespace Hub.Application.Mentoring.Queries.GetMentorship;

public sealed record MentoringSessionDto(
    Guid Id, DateTimeOffset StartedAt, int DurationMinutes, string Format, string Topics, string Actions, DateTimeOffset? ConfirmedAt, int? Rating, string? Comment);
