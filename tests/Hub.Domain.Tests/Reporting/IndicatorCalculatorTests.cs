using Hub.Domain.Reporting;
using Hub.Domain.Reporting.Indicators;

namespace Hub.Domain.Tests.Reporting;

public sealed class IndicatorCalculatorTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2001, AgeBand.Under25)]
    [InlineData(2000, AgeBand.From25To34)]
    [InlineData(1991, AgeBand.From25To34)]
    [InlineData(1990, AgeBand.From35To44)]
    [InlineData(1981, AgeBand.From35To44)]
    [InlineData(1980, AgeBand.From45)]
    [InlineData(null, AgeBand.Unknown)]
    public void Age_bands_are_counted_at_the_reporting_year(int? birthYear, AgeBand band) =>
        Assert.Equal(band, AgeBands.Of(birthYear, 2025));

    [Fact]
    public void A_person_attending_twice_is_one_citizen_and_absent_lines_do_not_count()
    {
        var (ada, bat) = (Guid.NewGuid(), Guid.NewGuid());
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        ReportedFact[] facts =
        [
            Fact(FactKinds.Attendance, first, ada, "Present", 2),
            Fact(FactKinds.Attendance, second, ada, "Present", 1.5m),
            Fact(FactKinds.Attendance, second, bat, "NotPresent", 0),
        ];
        var people = new Dictionary<Guid, ReportedPerson> { [ada] = new(ada, "Female", 1999, "Дархан", Day) };

        var citizens = Compute(facts, people).Single(i => i.Definition.Code == IndicatorCatalog.CitizensTrained);

        Assert.Equal(1, citizens.Actual);
        Assert.Equal(new GenderCounts(1, 0, 0, 0), citizens.ByGender);
        Assert.Equal(new AgeBandCounts(0, 1, 0, 0, 0), citizens.ByAgeBand);
        Assert.Equal([new SoumCount("Дархан", 1)], citizens.BySoum);
    }

    [Fact]
    public void Topics_count_once_per_module_delivered_and_grants_split_by_kind_with_their_amounts()
    {
        var (module, idle) = (Guid.NewGuid(), Guid.NewGuid());
        ReportedFact[] facts =
        [
            Fact(FactKinds.TrainingSession, Guid.NewGuid(), null, string.Empty, 2, relatedId: module, groupId: Guid.NewGuid()),
            Fact(FactKinds.TrainingSession, Guid.NewGuid(), null, string.Empty, 3, relatedId: module, groupId: Guid.NewGuid()),
            Fact(FactKinds.TrainingModule, module, null, string.Empty, 24),
            Fact(FactKinds.TrainingModule, idle, null, string.Empty, 30),
            Fact(FactKinds.Grant, Guid.NewGuid(), Guid.NewGuid(), "SeedCapital", 1_000_000, mnt: 1_000_000, eur: 280),
            Fact(FactKinds.Grant, Guid.NewGuid(), Guid.NewGuid(), "PilotCompetition", 2_000_000, mnt: 2_000_000, eur: 560),
        ];

        var results = Compute(facts, new Dictionary<Guid, ReportedPerson>()).ToDictionary(i => i.Definition.Code);

        Assert.Equal(5, results[IndicatorCatalog.TrainingHours].Actual);
        Assert.Equal(24, results[IndicatorCatalog.TopicsDelivered].Actual);
        Assert.Equal(2, results[IndicatorCatalog.TrainingProgrammes].Actual);
        Assert.Equal(1, results[IndicatorCatalog.SeedGrants].Actual);
        Assert.Equal(1_000_000, results[IndicatorCatalog.SeedGrants].AmountMnt);
        Assert.Equal(280, results[IndicatorCatalog.SeedGrants].AmountEur);
        Assert.Equal(1, results[IndicatorCatalog.PilotProjects].Actual);
        Assert.Equal(1, results[IndicatorCatalog.PilotProjects].ByGender.Unknown);
        Assert.Null(results[IndicatorCatalog.PilotProjects].AmountMnt);
    }

    [Fact]
    public void Configured_targets_replace_the_logframes()
    {
        var results = IndicatorCalculator.Compute([], new Dictionary<Guid, ReportedPerson>(), d => d.Code == IndicatorCatalog.CitizensTrained ? 450 : d.DefaultTarget, 2025);

        Assert.Equal(450, results.Single(i => i.Definition.Code == IndicatorCatalog.CitizensTrained).Target);
        Assert.Equal(240, results.Single(i => i.Definition.Code == IndicatorCatalog.GroupMentoringHours).Target);
        Assert.All(results, r => Assert.Equal(0, r.Actual));
    }

    private static IReadOnlyList<IndicatorResult> Compute(IReadOnlyCollection<ReportedFact> facts, IReadOnlyDictionary<Guid, ReportedPerson> people) =>
        IndicatorCalculator.Compute(facts, people, d => d.DefaultTarget, 2025);

    private static ReportedFact Fact(
        string kind, Guid subject, Guid? user, string detail, decimal quantity, Guid? relatedId = null, Guid? groupId = null, decimal? mnt = null, decimal? eur = null) =>
        new($"{kind}:{subject:N}:{user:N}", kind, subject, user, relatedId, groupId, detail, quantity, mnt, eur, Day, Day);
}
