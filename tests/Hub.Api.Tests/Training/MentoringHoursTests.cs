using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Mentoring.Contracts;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>Mentoring sessions logged in the Mentoring module add up in the founder's learning ledger, once per session.</summary>
[Collection(HubCollection.Name)]
public sealed class MentoringHoursTests(HubApiFactory factory)
{
    [Fact]
    public async Task Logged_mentoring_adds_to_the_ledger_once_per_session_and_group_sessions_fill_the_blocks()
    {
        using var founder = await factory.NewFounderAsync();
        var group = Logged(founder.Id, 90, "Group");
        await factory.PublishAsync(group);
        await factory.PublishAsync(group with { EventId = Guid.CreateVersion7() });
        await factory.PublishAsync(Logged(founder.Id, 60, "OneToOne"));

        var progress = await Eventually.ValueAsync(() => founder.Client.ProgressAsync(founder.Id), p => p.GetProperty("mentoringHours").GetDecimal() >= 2.5m);
        await Task.Delay(500);
        progress = await founder.Client.ProgressAsync(founder.Id);

        Assert.Equal(2.5m, progress.GetProperty("mentoringHours").GetDecimal());
        Assert.Equal(2.5m, progress.GetProperty("totalHours").GetDecimal());
        Assert.Equal(0m, progress.GetProperty("trainingHours").GetDecimal());
        var blocks = progress.GetProperty("groupMentoring");
        Assert.Equal(1.5m, blocks.GetProperty("hours").GetDecimal());
        Assert.Equal([1.5m, 0m, 0m], blocks.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("attendedHours").GetDecimal()));
        Assert.Equal([80, 80, 80], blocks.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("plannedHours").GetInt32()));
    }

    private static MentoringSessionLoggedIntegrationEvent Logged(Guid founderUserId, int minutes, string format) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), founderUserId, Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(-1), minutes, format)
        {
            OccurredAt = DateTimeOffset.UtcNow,
        };
}
