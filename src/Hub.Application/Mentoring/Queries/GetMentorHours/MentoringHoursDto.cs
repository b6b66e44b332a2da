namespace Hub.Application.Mentoring.Queries.GetMentorHours;

/// <summary>Logged mentoring time: all of it, and split by one-to-one and group sessions (group hours count toward the group-mentoring target).</summary>
public sealed record MentoringHoursDto(int TotalMinutes, int Sessions, int OneToOneMinutes, int GroupMinutes, decimal TotalHours);
