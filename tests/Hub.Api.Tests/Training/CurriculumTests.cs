using Hub.Infrastructure.Training.DemoData;

namespace Hub.Api.Tests.Training;

/// <summary>The embedded curriculum the demo loads is the hub's real one.</summary>
public sealed class CurriculumTests
{
    [Fact]
    public void The_curriculum_holds_5_modules_112_topics_240_hours_and_3_group_mentoring_blocks_of_80_hours()
    {
        var curriculum = CurriculumFile.Load();

        Assert.Equal(["SU", "AG", "TR", "SE", "BP"], curriculum.Modules.Select(m => m.Code));
        Assert.Equal(112, curriculum.Modules.Sum(m => m.Topics.Count));
        Assert.Equal(240, curriculum.Modules.Sum(m => m.PlannedHours));
        Assert.All(curriculum.Modules, m => Assert.Equal(m.PlannedHours, m.Topics.Sum(t => t.Hours)));
        Assert.All(curriculum.Modules.SelectMany(m => m.Topics), t => Assert.False(string.IsNullOrWhiteSpace(t.TitleMn)));
        Assert.Equal([80, 80, 80], curriculum.GroupMentoringBlocks.Select(b => b.Hours));
        Assert.Equal(Hub.Domain.Training.Ledger.GroupMentoringPlan.Default, new(curriculum.GroupMentoringBlocks.Count, curriculum.GroupMentoringBlocks[0].Hours));
    }
}
