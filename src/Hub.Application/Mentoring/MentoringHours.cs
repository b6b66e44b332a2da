using Hub.Application.Mentoring.Queries.GetMentorHours;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring;

internal static class MentoringHours
{
    public static MentoringHoursDto Of(IEnumerable<Mentorship> mentorships)
    {
        var sessions = mentorships.SelectMany(m => m.Sessions).ToList();
        var total = sessions.Sum(s => s.DurationMinutes);
        var group = sessions.Where(s => s.Format == SessionFormat.Group).Sum(s => s.DurationMinutes);
        return new MentoringHoursDto(total, sessions.Count, total - group, group, Math.Round(total / 60m, 2));
    }
}
