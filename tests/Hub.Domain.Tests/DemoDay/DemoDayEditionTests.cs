using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Domain.Tests.DemoDay;

public sealed class DemoDayEditionTests
{
    private static readonly Guid ManagerId = Guid.NewGuid();

    private static DemoDayEdition Day() =>
        DemoDayEdition.Plan("Demo Day 2026", new DateOnly(2026, 6, 15), "Darkhan", 1, 10, [new("Team", 2), new("Market", 3)], ManagerId, TestClock.Now);

    [Fact]
    public void A_sheet_must_score_every_criterion_within_the_scale()
    {
        var day = Day();

        Assert.Equal(7.4m, day.WeightedScoreOf(new Dictionary<string, decimal> { ["team"] = 5, ["Market"] = 9 }));
        Assert.Equal("demoday.out-of-scale", Assert.Throws<BusinessRuleException>(() => day.WeightedScoreOf(new Dictionary<string, decimal> { ["Team"] = 11, ["Market"] = 9 })).Code);
        Assert.Equal("demoday.criterion-missing", Assert.Throws<BusinessRuleException>(() => day.WeightedScoreOf(new Dictionary<string, decimal> { ["Team"] = 5 })).Code);
        Assert.Equal("demoday.unknown-criterion", Assert.Throws<BusinessRuleException>(() => day.WeightedScoreOf(new Dictionary<string, decimal> { ["Team"] = 5, ["Market"] = 5, ["Luck"] = 5 })).Code);
    }

    [Fact]
    public void Closing_queues_results_once_and_refuses_sheets_after()
    {
        var day = Day();
        day.Close(TestClock.Now);

        Assert.Equal(ResultsStatus.Queued, day.ResultsStatus);
        Assert.Throws<StateConflictException>(() => day.Close(TestClock.Now));
        Assert.Equal("demoday.scoring-closed", Assert.Throws<BusinessRuleException>(() => day.WeightedScoreOf(new Dictionary<string, decimal> { ["Team"] = 5, ["Market"] = 9 })).Code);
    }

    [Fact]
    public void Results_are_published_only_once_completed()
    {
        var day = Day();
        Assert.Throws<StateConflictException>(() => day.Publish(TestClock.Now));
        day.Close(TestClock.Now);
        day.StartResults();
        Assert.Throws<StateConflictException>(() => day.Publish(TestClock.Now));
        day.CompleteResults([new MethodRanking(Domain.DemoDay.Ranking.RankingMethod.ZScore, [])], TestClock.Now);

        day.Publish(TestClock.Now);

        Assert.Equal(DemoDayStatus.Published, day.Status);
    }

    [Fact]
    public void Slots_and_ventures_are_unique_and_conflicts_name_a_judge_and_a_pitch()
    {
        var day = Day();
        var pitch = day.AddPitch(Guid.NewGuid(), Guid.NewGuid(), "Dairy", 1, null);

        Assert.Throws<StateConflictException>(() => day.AddPitch(Guid.NewGuid(), Guid.NewGuid(), "Felt", 1, null));
        Assert.Throws<StateConflictException>(() => day.AddPitch(pitch.ApplicationId, Guid.NewGuid(), "Dairy", 2, null));
        Assert.Throws<BusinessRuleException>(() => day.DeclareConflict(Guid.NewGuid(), pitch.Id, ManagerId, TestClock.Now));

        var judge = Guid.NewGuid();
        day.AddJudge(judge, "Eleni Papadaki", TestClock.Now);
        day.DeclareConflict(judge, pitch.Id, ManagerId, TestClock.Now);

        Assert.True(day.HasDeclaredConflict(judge, pitch.Id));
    }

    [Fact]
    public void A_plan_needs_a_scale_and_distinct_positive_criteria()
    {
        Assert.Throws<InvalidValueException>(() => DemoDayEdition.Plan("D", new DateOnly(2026, 6, 15), null, 10, 1, [new("Team", 1)], ManagerId, TestClock.Now));
        Assert.Throws<InvalidValueException>(() => DemoDayEdition.Plan("D", new DateOnly(2026, 6, 15), null, 1, 10, [new("Team", 1), new("team", 2)], ManagerId, TestClock.Now));
        Assert.Throws<InvalidValueException>(() => DemoDayEdition.Plan("D", new DateOnly(2026, 6, 15), null, 1, 10, [new("Team", 0)], ManagerId, TestClock.Now));
    }
}
