using Hub.Application.Mentoring.Commands.RemindQuietMentorships;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Mentoring;

[Collection(FakeClockCollection.Name)]
public sealed class QuietMentorshipReminderTests(FakeClockHubApiFactory factory)
{
    private const string Subject = "time for a session";

    [Fact]
    public async Task The_weekly_job_reminds_the_mentor_of_a_mentorship_without_a_session_for_two_weeks_once()
    {
        factory.CatchUpWithRealTime();
        var (mentorId, mentor) = await factory.NewSignedInMentorAsync();
        using var founder = await factory.NewFounderAsync();
        await factory.ActiveMentorshipAsync(mentorId, mentor.Client, founder);

        await RemindAsync();
        Assert.DoesNotContain(factory.Notifications.Sent, n => n.RecipientUserId == mentor.Id && n.Subject.Contains(Subject, StringComparison.Ordinal));

        factory.MoveClockTo(factory.Clock.GetUtcNow().AddDays(15));
        Assert.True(await RemindAsync() >= 1);
        var reminder = await factory.Notifications.WaitForAsync(n => n.RecipientUserId == mentor.Id && n.Subject.Contains(Subject, StringComparison.Ordinal));
        Assert.Contains("No session", reminder.Body, StringComparison.Ordinal);

        // Reminded now: not again the next day.
        factory.MoveClockTo(factory.Clock.GetUtcNow().AddDays(1));
        await RemindAsync();
        await Task.Yield();
        Assert.Single(factory.Notifications.Sent, n => n.RecipientUserId == mentor.Id && n.Subject.Contains(Subject, StringComparison.Ordinal));
        factory.CatchUpWithRealTime();
    }

    private async Task<int> RemindAsync()
    {
        await using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RemindQuietMentorshipsCommand());
    }
}
