namespace Hub.Domain.Mentoring.Matching;

/// <summary>The Hungarian method (shortest augmenting paths with potentials) over slots × (open applications + empty columns).</summary>
internal static class SlotAssignment
{
    /// <returns>For each row (slot), the index into <paramref name="open"/> of its application, or -1 when it stays empty.</returns>
    public static int[] Solve(MatchingInstance instance, int[] rowMentor, int[] open)
    {
        var n = rowMentor.Length;
        var applications = open.Length;
        var m = applications + n;

        // Costs per (mentor, open application), mentor-major, as best - score; -1 for an ineligible pair.
        var best = 0L;
        var mentors = instance.MentorCount;
        var cost = new long[(long)mentors * applications];
        for (var mentor = 0; mentor < mentors; mentor++)
        {
            for (var j = 0; j < applications; j++)
            {
                best = Math.Max(best, instance.Score(open[j], mentor));
            }
        }

        for (var mentor = 0; mentor < mentors; mentor++)
        {
            var offset = (long)mentor * applications;
            for (var j = 0; j < applications; j++)
            {
                var score = instance.Score(open[j], mentor);
                cost[offset + j] = score == MatchingInstance.Ineligible ? -1 : best - score;
            }
        }

        var empty = ((long)Math.Min(n, applications) + 1) * (best + 1);
        var ineligible = (2 * empty) + 1;

        // 1-based as in the textbook statement; p[j] is the row holding column j, 0 when free.
        var u = new long[n + 1];
        var v = new long[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        var minv = new long[m + 1];
        var used = new bool[m + 1];

        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            Array.Fill(minv, long.MaxValue);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var rowOffset = (long)rowMentor[i0 - 1] * applications;
                var ui0 = u[i0];
                var delta = long.MaxValue;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    long c;
                    if (j <= applications)
                    {
                        c = cost[rowOffset + j - 1];
                        if (c < 0)
                        {
                            c = ineligible;
                        }
                    }
                    else
                    {
                        c = empty;
                    }

                    var current = c - ui0 - v[j];
                    if (current < minv[j])
                    {
                        minv[j] = current;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var assignment = new int[n];
        Array.Fill(assignment, -1);
        for (var j = 1; j <= applications; j++)
        {
            if (p[j] != 0 && cost[((long)rowMentor[p[j] - 1] * applications) + j - 1] >= 0)
            {
                assignment[p[j] - 1] = j - 1;
            }
        }

        return assignment;
    }
}
