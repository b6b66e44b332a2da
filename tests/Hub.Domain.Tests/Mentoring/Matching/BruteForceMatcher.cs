using Hub.Domain.Mentoring.Matching;

namespace Hub.Domain.Tests.Mentoring.Matching;

/// <summary>Tries every assignment: the reference the solver is held to on small instances.</summary>
internal static class BruteForceMatcher
{
    /// <returns>The best (matched count, total score) over all assignments that honour capacities and pins, or null when none does.</returns>
    public static (int Matched, long Total)? Best(MatchingInstance instance)
    {
        var free = (int[])instance.FreeCapacity.Clone();
        var pinned = new int[instance.ApplicationCount];
        Array.Fill(pinned, -1);
        foreach (var pin in instance.Pins)
        {
            if (pinned[pin.Application] >= 0 || !instance.IsEligible(pin.Application, pin.Mentor))
            {
                return null;
            }

            pinned[pin.Application] = pin.Mentor;
        }

        (int Matched, long Total)? best = null;
        Visit(0, 0, 0);
        return best;

        void Visit(int application, int matched, long total)
        {
            if (application == instance.ApplicationCount)
            {
                if (best is null || matched > best.Value.Matched || (matched == best.Value.Matched && total > best.Value.Total))
                {
                    best = (matched, total);
                }

                return;
            }

            if (pinned[application] < 0)
            {
                Visit(application + 1, matched, total);
            }

            for (var mentor = 0; mentor < instance.MentorCount; mentor++)
            {
                if ((pinned[application] < 0 || pinned[application] == mentor) && instance.IsEligible(application, mentor) && free[mentor] > 0)
                {
                    free[mentor]--;
                    Visit(application + 1, matched + 1, total + instance.Score(application, mentor));
                    free[mentor]++;
                }
            }
        }
    }
}
