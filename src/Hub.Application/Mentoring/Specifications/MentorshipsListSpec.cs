using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring.Specifications;

/// <summary>
/// A page of the mentorships a filter keeps, newest first, as the list shows them: projected in the database with their
/// sessions (by start) and total minutes, the page and its total in one query. Loading the mentorships instead runs EF
/// Core's owned-collection shaper, which builds a delegate on every execution.
/// </summary>
public sealed class MentorshipsListSpec : Specification<Mentorship, MentoringMentorshipDto>
{
    // Captures nothing, so it is built once: C# builds a lambda's expression tree anew each time it converts it.
    private static readonly Expression<Func<Mentorship, MentoringMentorshipDto>> Row = m => new MentoringMentorshipDto(
        m.Id.Value, m.MatchingRunId, m.MentorId.Value, m.MentorUserId, m.ApplicationId, m.IntakeId, m.FounderUserId, m.VentureName, m.Score,
        m.Status.ToString(), m.ProposedAt, m.RespondedAt, m.ClosedAt, m.Outcome, m.Sessions.Sum(s => s.DurationMinutes),
        m.Sessions.OrderBy(s => s.StartedAt).ThenBy(s => s.Id).Select(s => new MentoringSessionDto(
            s.Id, s.StartedAt, s.DurationMinutes, s.Format.ToString(), s.Topics, s.Actions, s.ConfirmedAt, s.Rating, s.Comment)).ToList());

    public MentorshipsListSpec(MentorshipsFilter filter, PageRequest page)
    {
        filter.ApplyTo(Query);
        Query.OrderByDescending(m => m.ProposedAt).ThenBy(m => m.Id).Page(page).AsNoTracking();
        Query.Select(Row);
    }
}
