namespace Hub.Domain.Reporting.Indicators;

/// <summary>
/// Computes every indicator from the facts of a period and the people they belong to. Facts are keyed by user id
/// and joined with the people here, at read time, so a fact that arrived before its person's attributes still counts.
/// </summary>
public static class IndicatorCalculator
{
    public const string Present = "Present";
    public const string GroupFormat = "Group";
    public const string SeedCapitalKind = "SeedCapital";
    public const string PilotCompetitionKind = "PilotCompetition";

    public static IReadOnlyList<IndicatorResult> Compute(
        IReadOnlyCollection<ReportedFact> facts,
        IReadOnlyDictionary<Guid, ReportedPerson> people,
        Func<IndicatorDefinition, decimal?> targetOf,
        int reportingYear)
    {
        var kinds = facts.ToLookup(f => f.Kind);
        var sessions = kinds[FactKinds.TrainingSession].ToList();
        var heldModules = sessions.Where(s => s.RelatedId is not null).Select(s => s.RelatedId!.Value).ToHashSet();
        var mentoringSessions = kinds[FactKinds.MentoringSession].ToList();
        var seedGrants = kinds[FactKinds.Grant].Where(g => g.Detail == SeedCapitalKind).ToList();

        var contributions = new Dictionary<string, IEnumerable<Contribution>>
        {
            [IndicatorCatalog.CitizensTrained] = Persons(kinds[FactKinds.Attendance].Where(f => f.Detail == Present)),
            [IndicatorCatalog.TrainingHours] = sessions.Select(s => new Contribution(null, s.Quantity)),
            [IndicatorCatalog.TopicsDelivered] = kinds[FactKinds.TrainingModule].Where(m => heldModules.Contains(m.SubjectId)).Select(m => new Contribution(null, m.Quantity)),
            [IndicatorCatalog.TrainingProgrammes] = Distinct(sessions.Select(s => s.GroupId)),
            [IndicatorCatalog.EntrepreneursTrained] = Persons(kinds[FactKinds.Certificate]),
            [IndicatorCatalog.ActiveMentors] = Distinct(kinds[FactKinds.Mentorship].Concat(mentoringSessions).Select(f => f.RelatedId)),
            [IndicatorCatalog.GroupMentoringHours] = mentoringSessions.Where(s => s.Detail == GroupFormat).Select(s => new Contribution(s.UserId, s.Quantity)),
            [IndicatorCatalog.MentoringSessions] = mentoringSessions.Select(s => new Contribution(s.UserId, 1)),
            [IndicatorCatalog.MentoringHours] = mentoringSessions.Select(s => new Contribution(s.UserId, s.Quantity)),
            [IndicatorCatalog.SeedGrants] = seedGrants.Select(g => new Contribution(g.UserId, 1)),
            [IndicatorCatalog.DemoDayPitches] = kinds[FactKinds.Pitch].Select(p => new Contribution(p.UserId, 1)),
            [IndicatorCatalog.Awards] = Distinct(kinds[FactKinds.Pitch].Where(p => p.Quantity > 0).Select(p => p.GroupId)),
            [IndicatorCatalog.PilotProjects] = kinds[FactKinds.Grant].Where(g => g.Detail == PilotCompetitionKind).Select(g => new Contribution(g.UserId, 1)),
            [IndicatorCatalog.JobsCreated] = kinds[FactKinds.JobsCreated].Select(j => new Contribution(j.UserId, j.Quantity)),
        };

        return
        [
            .. IndicatorCatalog.All.Select(definition =>
            {
                var values = contributions[definition.Code].ToList();
                var isSeedGrants = definition.Code == IndicatorCatalog.SeedGrants;
                return new IndicatorResult(
                    definition,
                    targetOf(definition),
                    values.Sum(v => v.Value),
                    definition.Disaggregated ? ByGender(values, people) : new GenderCounts(0, 0, 0, 0),
                    definition.Disaggregated ? ByAgeBand(values, people, reportingYear) : new AgeBandCounts(0, 0, 0, 0, 0),
                    definition.Disaggregated ? BySoum(values, people) : [],
                    isSeedGrants ? seedGrants.Sum(g => g.AmountMnt ?? 0) : null,
                    isSeedGrants ? seedGrants.Sum(g => g.AmountEur ?? 0) : null);
            }),
        ];
    }

    private static IEnumerable<Contribution> Persons(IEnumerable<ReportedFact> facts) =>
        facts.Where(f => f.UserId is not null).Select(f => f.UserId).Distinct().Select(id => new Contribution(id, 1));

    private static IEnumerable<Contribution> Distinct(IEnumerable<Guid?> ids) =>
        ids.Where(id => id is not null).Distinct().Select(_ => new Contribution(null, 1));

    private static ReportedPerson? PersonOf(Contribution value, IReadOnlyDictionary<Guid, ReportedPerson> people) =>
        value.UserId is { } id && people.TryGetValue(id, out var person) ? person : null;

    private static GenderCounts ByGender(List<Contribution> values, IReadOnlyDictionary<Guid, ReportedPerson> people)
    {
        var byGender = values.ToLookup(v => PersonOf(v, people)?.Gender ?? string.Empty);
        var female = byGender["Female"].Sum(v => v.Value);
        var male = byGender["Male"].Sum(v => v.Value);
        var other = byGender["Other"].Sum(v => v.Value);
        return new GenderCounts(female, male, other, values.Sum(v => v.Value) - female - male - other);
    }

    private static AgeBandCounts ByAgeBand(List<Contribution> values, IReadOnlyDictionary<Guid, ReportedPerson> people, int reportingYear)
    {
        var byBand = values.ToLookup(v => AgeBands.Of(PersonOf(v, people)?.BirthYear, reportingYear));
        return new AgeBandCounts(
            byBand[AgeBand.Under25].Sum(v => v.Value),
            byBand[AgeBand.From25To34].Sum(v => v.Value),
            byBand[AgeBand.From35To44].Sum(v => v.Value),
            byBand[AgeBand.From45].Sum(v => v.Value),
            byBand[AgeBand.Unknown].Sum(v => v.Value));
    }

    private static IReadOnlyList<SoumCount> BySoum(List<Contribution> values, IReadOnlyDictionary<Guid, ReportedPerson> people) =>
    [
        .. values.GroupBy(v => PersonOf(v, people)?.Soum ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new SoumCount(g.Key, g.Sum(v => v.Value)))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Soum, StringComparer.Ordinal),
    ];
}
