namespace Hub.Domain.Mentoring.Matching;

/// <summary>
/// The exact capacitated assignment: honours the pins, then matches as many applications as possible and, among those
/// assignments, reaches the greatest total score. A pure function: inputs in, assignment out.
/// </summary>
/// <remarks>
/// Each free slot of a mentor becomes a row of a rectangular assignment problem whose columns are the applications plus
/// one "stays empty" column per row. Costs are integers: an application costs <c>best − score</c> (never negative), an
/// empty slot costs more than every application cost added together, and an ineligible pair more than that again. Every
/// row must take a column, so the cheapest assignment leaves as few slots empty as possible (matches the most
/// applications), then has the smallest summed cost (the greatest summed score), and never uses an ineligible pair, as
/// an empty column is always free for it. The Hungarian method with potentials solves it exactly.
/// </remarks>
public static class OptimalMatcher
{
    public static MatchingResult Solve(MatchingInstance instance)
    {
        var applications = instance.ApplicationCount;
        var mentorOf = new int[applications];
        Array.Fill(mentorOf, -1);
        var free = (int[])instance.FreeCapacity.Clone();
        long pinnedScore = 0;

        foreach (var pin in instance.Pins)
        {
            if (pin.Application < 0 || pin.Application >= applications || pin.Mentor < 0 || pin.Mentor >= instance.MentorCount)
            {
                return MatchingResult.Infeasible(pin, "the pinned application or mentor is not part of this run");
            }

            if (mentorOf[pin.Application] >= 0)
            {
                return MatchingResult.Infeasible(pin, "the application is pinned more than once");
            }

            if (!instance.IsEligible(pin.Application, pin.Mentor))
            {
                return MatchingResult.Infeasible(pin, "the pair is not eligible");
            }

            if (free[pin.Mentor] == 0)
            {
                return MatchingResult.Infeasible(pin, "the mentor has no free capacity left for it");
            }

            free[pin.Mentor]--;
            mentorOf[pin.Application] = pin.Mentor;
            pinnedScore += instance.Score(pin.Application, pin.Mentor);
        }

        var open = Enumerable.Range(0, applications).Where(a => mentorOf[a] < 0).ToArray();
        var rows = Slots(instance, free, open);
        if (rows.Length == 0 || open.Length == 0)
        {
            return new MatchingResult(mentorOf, pinnedScore);
        }

        var assignment = SlotAssignment.Solve(instance, rows, open);
        var total = pinnedScore;
        for (var row = 0; row < rows.Length; row++)
        {
            if (assignment[row] >= 0)
            {
                var application = open[assignment[row]];
                mentorOf[application] = rows[row];
                total += instance.Score(application, rows[row]);
            }
        }

        return new MatchingResult(mentorOf, total);
    }

    /// <summary>One row per usable slot: a mentor never needs more slots than it has eligible open applications.</summary>
    private static int[] Slots(MatchingInstance instance, int[] free, int[] open)
    {
        var slots = new List<int>();
        for (var mentor = 0; mentor < instance.MentorCount; mentor++)
        {
            if (free[mentor] == 0)
            {
                continue;
            }

            var eligible = 0;
            foreach (var application in open)
            {
                if (instance.IsEligible(application, mentor) && ++eligible == free[mentor])
                {
                    break;
                }
            }

            for (var slot = 0; slot < eligible; slot++)
            {
                slots.Add(mentor);
            }
        }

        return [.. slots];
    }
}
