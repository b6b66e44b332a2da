using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.Mentorships;

namespace Hub.Application.DemoDay;

/// <summary>Declared conflicts and those learned from Mentoring (a judge who mentors the pitching venture), in one place.</summary>
internal static class ConflictCheck
{
    public static async Task<bool> IsConflictedAsync(this IReadRepository<KnownMentorship> mentorships, DemoDayEdition day, Guid judgeUserId, Pitch pitch, CancellationToken cancellationToken) =>
        day.HasDeclaredConflict(judgeUserId, pitch.Id)
        || await mentorships.AnyAsync(new KnownMentorshipsSpec([judgeUserId], [pitch.ApplicationId]), cancellationToken);

    /// <summary>Every conflicted (judge, pitch) pair of the day.</summary>
    public static async Task<HashSet<(Guid JudgeUserId, Guid PitchId)>> ConflictedPairsAsync(this IReadRepository<KnownMentorship> mentorships, DemoDayEdition day, CancellationToken cancellationToken)
    {
        var pairs = day.Conflicts.Select(c => (c.JudgeUserId, c.PitchId)).ToHashSet();
        var known = await mentorships.ListAsync(
            new KnownMentorshipsSpec([.. day.Judges.Select(j => j.UserId)], [.. day.Pitches.Select(p => p.ApplicationId)]), cancellationToken);
        foreach (var mentorship in known)
        {
            foreach (var pitch in day.Pitches.Where(p => p.ApplicationId == mentorship.ApplicationId))
            {
                pairs.Add((mentorship.MentorUserId, pitch.Id));
            }
        }

        return pairs;
    }
}
