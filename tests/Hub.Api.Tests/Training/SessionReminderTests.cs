using Hub.Api.Tests.Infrastructure;
using Hub.Application.Training.Jobs;
using Hub.Infrastructure.Common.Security;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>The recurring job reminds each participant of each session starting within a day, once.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class SessionReminderTests(FakeClockHubApiFactory factory)
{
    [Fact]
    public async Task Each_participant_is_reminded_once_a_day_before_and_never_twice()
    {
        var now = factory.CatchUpWithRealTime();
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 2);
        var moduleId = await factory.NewModuleAsync();
        var trainerId = (await factory.TrainerAsync()).Id;
        var title = $"Reminded {Guid.NewGuid():N}";
        var body = SessionBody(moduleId, trainerId, now.AddHours(30));
        body["title"] = title;
        await factory.ScheduleAsync(programmeId, body);

        await RunJobAsync();
        Assert.DoesNotContain(factory.Notifications.Sent, n => n.Subject.Contains(title, StringComparison.Ordinal));

        factory.MoveClockTo(now.AddHours(7));
        await RunJobAsync();
        foreach (var founder in founders)
        {
            var sent = await factory.Notifications.WaitForAsync(n => n.RecipientUserId == founder.Id && n.Subject.Contains(title, StringComparison.Ordinal));
            Assert.Contains(now.AddHours(30).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), sent.Body, StringComparison.Ordinal);
        }

        factory.MoveClockTo(now.AddHours(8));
        await RunJobAsync();
        await Task.Delay(500);
        Assert.Equal(2, factory.Notifications.Sent.Count(n => n.Subject.Contains(title, StringComparison.Ordinal)));
    }

    private async Task RunJobAsync()
    {
        await using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
        await scope.ServiceProvider.GetRequiredService<SessionReminderJob>().RunAsync(CancellationToken.None);
    }
}
