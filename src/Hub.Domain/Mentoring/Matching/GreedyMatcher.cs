namespace Hub.Domain.Mentoring.Matching;

/// <summary>The market's way, kept as a baseline for the benchmark: best pair first, while slots last. Not optimal.</summary>
public static class GreedyMatcher
{
    public static MatchingResult Solve(MatchingInstance instance)
    {
        var applications = instance.ApplicationCount;
        var pairs = new List<(long Score, int Mentor, int Application)>();
        for (var mentor = 0; mentor < instance.MentorCount; mentor++)
        {
            for (var application = 0; application < applications; application++)
            {
                var score = instance.Score(application, mentor);
                if (score != MatchingInstance.Ineligible)
                {
                    pairs.Add((score, mentor, application));
                }
            }
        }

        pairs.Sort((a, b) => b.Score.CompareTo(a.Score));
        var mentorOf = new int[applications];
        Array.Fill(mentorOf, -1);
        var free = (int[])instance.FreeCapacity.Clone();
        long total = 0;
        foreach (var (score, mentor, application) in pairs)
        {
            if (mentorOf[application] < 0 && free[mentor] > 0)
            {
                mentorOf[application] = mentor;
                free[mentor]--;
                total += score;
            }
        }

        return new MatchingResult(mentorOf, total);
    }
}
