using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Specifications;

/// <summary>
/// Sessions by start time, filtered by programme and time window, and narrowed to what the caller may see: a
/// trainer's own sessions, or those of the programmes a founder is enrolled in. Projected to the session's own columns
/// in the database, the page and its total in one query.
/// </summary>
public sealed class SessionsPageSpec : Specification<TrainingSession, TrainingSessionRow>
{
    // Captures nothing, so it is built once: C# builds a lambda's expression tree anew each time it converts it.
    private static readonly Expression<Func<TrainingSession, TrainingSessionRow>> Row = s => new TrainingSessionRow(
        s.Id.Value, s.ProgrammeId.Value, s.ModuleId.Value, s.Title, s.StartsAt, s.DurationMinutes, s.Mode, s.Venue, s.Link, s.TrainerUserId,
        s.AttendanceTakenAt != null);

    public SessionsPageSpec(SessionsFilter filter, PageRequest page)
    {
        if (filter.ProgrammeId is { } programme)
        {
            var programmeId = TrainingProgrammeId.From(programme);
            Query.Where(s => s.ProgrammeId == programmeId);
        }

        if (filter.From is { } from)
        {
            Query.Where(s => s.StartsAt >= from);
        }

        if (filter.To is { } to)
        {
            Query.Where(s => s.StartsAt < to);
        }

        if (filter.OnlyTrainer is { } trainer)
        {
            Query.Where(s => s.TrainerUserId == trainer);
        }

        if (filter.OnlyProgrammes is { } programmes)
        {
            var ids = programmes.ToList();
            Query.Where(s => ids.Contains(s.ProgrammeId));
        }

        Query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Page(page).AsNoTracking();
        Query.Select(Row);
    }
}
