using Hub.Application.Mentoring.Queries.GetMatchingRun;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring;

internal static class MentoringMapper
{
    /// <summary>Conflicts name applications, so only staff see them.</summary>
    public static MentoringMentorDto ToDto(this Mentor mentor, bool withConflicts) =>
        new(
            mentor.Id.Value,
            mentor.UserId,
            mentor.FullName,
            mentor.Email,
            mentor.Country,
            mentor.TimeZone,
            mentor.Languages,
            mentor.Expertise,
            mentor.Capacity,
            mentor.Bio,
            mentor.Active,
            withConflicts ? [.. mentor.Conflicts.Select(c => new MentoringConflictDto(c.ApplicationId, c.Reason, c.DeclaredAt))] : [],
            mentor.Version);

    public static MentoringMatchingRunDto ToDto(this MatchingRun run) =>
        new(
            run.Id.Value,
            run.IntakeId,
            run.Status.ToString(),
            run.FailureReason,
            run.Status == MatchingRunStatus.Completed ? run.TotalScore : null,
            [.. run.Assignments.Select(a => new MentoringAssignmentDto(a.ApplicationId, a.MentorId, a.Score))],
            run.Unmatched,
            [.. run.Candidates.Select(c => new MentoringCandidateDto(c.ApplicationId, c.MentorId, c.Score, c.Eligible, c.Reasons))],
            [.. run.Pins.Select(p => new MentoringPairDto(p.ApplicationId, p.MentorId))],
            [.. run.Forbids.Select(p => new MentoringPairDto(p.ApplicationId, p.MentorId))],
            run.ScoredOn,
            run.RequestedAt,
            run.CompletedAt,
            run.PublishedAt);

    public static MentoringMentorshipDto ToDto(this Mentorship mentorship) =>
        new(
            mentorship.Id.Value,
            mentorship.MatchingRunId,
            mentorship.MentorId.Value,
            mentorship.MentorUserId,
            mentorship.ApplicationId,
            mentorship.IntakeId,
            mentorship.FounderUserId,
            mentorship.VentureName,
            mentorship.Score,
            mentorship.Status.ToString(),
            mentorship.ProposedAt,
            mentorship.RespondedAt,
            mentorship.ClosedAt,
            mentorship.Outcome,
            mentorship.TotalMinutes,
            [.. mentorship.Sessions.OrderBy(s => s.StartedAt).Select(s => new MentoringSessionDto(
                s.Id, s.StartedAt, s.DurationMinutes, s.Format.ToString(), s.Topics, s.Actions, s.ConfirmedAt, s.Rating, s.Comment))]);
}
