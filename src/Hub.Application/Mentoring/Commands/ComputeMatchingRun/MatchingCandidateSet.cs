using Hub.Domain.Mentoring.Matching;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentees;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Application.Mentoring.Commands.ComputeMatchingRun;

/// <summary>
/// A run's candidates: every open application (accepted in the intake, without a Proposed or Active mentorship) ×
/// every active mentor, each pair scored once; and the solver's instance built from exactly those scores.
/// </summary>
internal sealed class MatchingCandidateSet
{
    private MatchingCandidateSet(IReadOnlyList<MatchingApplication> applications, IReadOnlyList<Mentor> mentors, MatchingCandidate[] candidates, int[] freeCapacity)
    {
        Applications = applications;
        Mentors = mentors;
        Candidates = candidates;
        FreeCapacity = freeCapacity;
    }

    public IReadOnlyList<MatchingApplication> Applications { get; }

    public IReadOnlyList<Mentor> Mentors { get; }

    /// <summary>Application-major: application <c>a</c> with mentor <c>m</c> is at <c>a * Mentors.Count + m</c>.</summary>
    public MatchingCandidate[] Candidates { get; }

    public int[] FreeCapacity { get; }

    public static MatchingCandidateSet Score(
        IReadOnlyList<MatchingApplication> applications,
        IReadOnlyList<Mentor> mentors,
        IReadOnlyDictionary<MentorId, int> load,
        IReadOnlySet<(Guid ApplicationId, Guid MentorId)> forbidden,
        CompatibilityWeights weights,
        DateOnly date)
    {
        var candidates = new MatchingCandidate[applications.Count * mentors.Count];
        for (var a = 0; a < applications.Count; a++)
        {
            var application = applications[a];
            for (var m = 0; m < mentors.Count; m++)
            {
                var mentor = mentors[m];
                var input = new CompatibilityInput(
                    application.Sector,
                    application.Languages,
                    Mentee.FounderTimeZone,
                    mentor.Expertise,
                    mentor.Languages,
                    mentor.TimeZone,
                    mentor.Capacity,
                    load.GetValueOrDefault(mentor.Id),
                    mentor.HasConflictWith(application.ApplicationId),
                    forbidden.Contains((application.ApplicationId, mentor.Id.Value)));
                var compatibility = CompatibilityScorer.Score(input, weights, date);
                candidates[(a * mentors.Count) + m] = new MatchingCandidate(
                    application.ApplicationId, mentor.Id.Value, compatibility.Score, compatibility.Eligible, compatibility.Reasons);
            }
        }

        var free = mentors.Select(m => Math.Max(0, m.Capacity - load.GetValueOrDefault(m.Id))).ToArray();
        return new MatchingCandidateSet(applications, mentors, candidates, free);
    }

    public MatchingInstance ToInstance(IReadOnlyList<MatchingPin> pins)
    {
        var applications = Applications.Count;
        var scores = new long[applications * Mentors.Count];
        for (var a = 0; a < applications; a++)
        {
            for (var m = 0; m < Mentors.Count; m++)
            {
                var candidate = Candidates[(a * Mentors.Count) + m];
                scores[(m * applications) + a] = candidate.Eligible ? (long)(candidate.Score * 1_000_000m) : MatchingInstance.Ineligible;
            }
        }

        return new MatchingInstance(applications, FreeCapacity, scores, pins);
    }
}
