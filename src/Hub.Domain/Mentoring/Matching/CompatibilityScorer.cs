using System.Globalization;

namespace Hub.Domain.Mentoring.Matching;

/// <summary>
/// Scores an (application, mentor) pair from four parts, each between 0 and 1 and weighted: expertise in the venture's
/// sector, a shared language (the founder's first language counts fully, another shared one half), the working-hours
/// overlap of the two time zones on the run's date, and the mentor's free share of capacity. A pair is eligible if and
/// only if the two share a language, no conflict of interest is declared and the run does not forbid it.
/// </summary>
public static class CompatibilityScorer
{
    public static Compatibility Score(CompatibilityInput input, CompatibilityWeights weights, DateOnly date)
    {
        var reasons = new List<string>();
        var shared = input.FounderLanguages.Where(l => input.MentorLanguages.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();

        var expertise = input.MentorExpertise.Contains(input.Sector, StringComparer.OrdinalIgnoreCase) ? 1m : 0m;
        reasons.Add(expertise > 0
            ? $"expertise: the mentor covers {input.Sector} ({Part(weights.Expertise * expertise)})"
            : $"expertise: the mentor does not cover {input.Sector} ({Part(0)})");

        var primary = input.FounderLanguages.Count > 0 && shared.Contains(input.FounderLanguages[0], StringComparer.OrdinalIgnoreCase);
        var language = primary ? 1m : shared.Count > 0 ? 0.5m : 0m;
        reasons.Add(shared.Count > 0
            ? $"language: shares {string.Join(", ", shared)}{(primary ? string.Empty : " (not the founder's first language)")} ({Part(weights.Language * language)})"
            : $"language: no shared language ({Part(0)})");

        var overlapHours = WorkingHours.OverlapHours(input.FounderTimeZone, input.MentorTimeZone, date);
        var overlap = Math.Round((decimal)(overlapHours / WorkingHours.LengthInHours), 9);
        reasons.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"working hours: {overlapHours:0.##} h overlap on {date:yyyy-MM-dd} between {input.FounderTimeZone} and {input.MentorTimeZone} ({Part(weights.WorkingHours * overlap)})"));

        var free = Math.Max(0, input.MentorCapacity - input.MentorLoad);
        var load = input.MentorCapacity > 0 ? (decimal)free / input.MentorCapacity : 0m;
        reasons.Add($"load: {input.MentorLoad} of {input.MentorCapacity} places taken ({Part(weights.Load * load)})");

        var score = Math.Round((weights.Expertise * expertise) + (weights.Language * language) + (weights.WorkingHours * overlap) + (weights.Load * load), Compatibility.Decimals);

        var eligible = shared.Count > 0 && !input.ConflictDeclared && !input.Forbidden;
        if (shared.Count == 0)
        {
            reasons.Add("not eligible: the founder and the mentor share no language");
        }

        if (input.ConflictDeclared)
        {
            reasons.Add("not eligible: a conflict of interest is declared");
        }

        if (input.Forbidden)
        {
            reasons.Add("not eligible: forbidden in this run");
        }

        return new Compatibility(score, eligible, reasons);
    }

    private static string Part(decimal value) => string.Create(CultureInfo.InvariantCulture, $"+{Math.Round(value, Compatibility.Decimals):0.000000}");
}
