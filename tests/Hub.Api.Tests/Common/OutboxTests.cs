using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common;

/// <summary>The outbox and its drain, in the host whose clock the tests move (the retry back-off is passed by moving it).</summary>
[Collection(FakeClockCollection.Name)]
public sealed class OutboxTests(FakeClockHubApiFactory factory)
{
    /// <summary>How long the background drain may take to deliver (300 messages on a busy machine).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_saved_message_is_delivered_by_the_background_job_without_anyone_asking()
    {
        var subject = $"Background delivery {Guid.NewGuid():N}";
        await SaveNotificationsAsync([subject]);

        await factory.Notifications.WaitForAsync(n => n.Subject == subject, TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(async () => await ProcessedCountAsync(subject) == 1, Patience);
    }

    [Fact]
    public async Task Drains_running_side_by_side_deliver_each_message_exactly_once()
    {
        var batch = Guid.NewGuid().ToString("N");
        var subjects = Enumerable.Range(1, 300).Select(i => $"Once {batch} #{i}").ToList();
        await SaveNotificationsAsync(subjects);

        // Three drains of this process race each other and the Hangfire workers.
        var drainer = factory.Services.GetRequiredService<OutboxDrainer>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => drainer.DrainAsync(CancellationToken.None))));
        await Eventually.TrueAsync(async () => await ProcessedCountAsync($"Once {batch} #%") == subjects.Count, Patience);

        var delivered = factory.Notifications.Sent.Where(n => n.Subject.StartsWith($"Once {batch} ", StringComparison.Ordinal)).ToList();
        Assert.Equal(subjects.Count, delivered.Count);
        Assert.Equal(subjects.Order(StringComparer.Ordinal), delivered.Select(n => n.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failed_delivery_is_kept_with_its_error_and_retried_later()
    {
        var subject = $"Flaky {Guid.NewGuid():N}";
        var failures = 0;
        factory.Notifications.FailFor = n => n.Subject == subject && Interlocked.Increment(ref failures) == 1;
        try
        {
            await SaveNotificationsAsync([subject]);
            await Eventually.TrueAsync(async () => await AttemptsAsync(subject) >= 1, Patience);
            Assert.Contains("mail server", await factory.Database.ScalarAsync<string>(
                "SELECT last_error FROM applicants.outbox_messages WHERE payload->>'subject' = $1", subject) ?? string.Empty, StringComparison.Ordinal);

            // The back-off after a first failure is 2 s of the app's clock, which stands still until moved: a drain
            // before then leaves the message alone, the next drain after that delivers it.
            var drainer = factory.Services.GetRequiredService<OutboxDrainer>();
            Assert.Equal(factory.Clock.GetUtcNow().AddSeconds(2).UtcDateTime, await factory.Database.ScalarAsync<DateTime>(
                "SELECT next_attempt_at FROM applicants.outbox_messages WHERE payload->>'subject' = $1", subject));
            await drainer.DrainAsync(CancellationToken.None);
            Assert.Equal(1, await AttemptsAsync(subject));
            Assert.DoesNotContain(factory.Notifications.Sent, n => n.Subject == subject);

            factory.Clock.Advance(TimeSpan.FromSeconds(2));
            await drainer.DrainAsync(CancellationToken.None);
            await factory.Notifications.WaitForAsync(n => n.Subject == subject, TimeSpan.FromSeconds(5));
            Assert.Equal(2, await AttemptsAsync(subject));
        }
        finally
        {
            factory.Notifications.FailFor = _ => false;
        }
    }

    [Fact]
    public async Task Delivered_messages_are_purged_after_a_fortnight_and_pending_ones_are_kept()
    {
        var delivered = $"Old delivered {Guid.NewGuid():N}";
        var pending = $"Old pending {Guid.NewGuid():N}";
        factory.Notifications.FailFor = n => n.Subject == pending;
        try
        {
            await SaveNotificationsAsync([delivered, pending]);
            await Eventually.TrueAsync(async () => await ProcessedCountAsync(delivered) == 1 && await AttemptsAsync(pending) >= 1, Patience);
            await factory.Database.ScalarAsync<int>(
                "UPDATE applicants.outbox_messages SET occurred_at = now() - interval '30 days', processed_at = CASE WHEN processed_at IS NULL THEN NULL ELSE now() - interval '30 days' END WHERE payload->>'subject' IN ($1, $2)",
                delivered, pending);

            await factory.Services.GetRequiredService<OutboxDrainer>().PurgeDeliveredAsync(TimeSpan.FromDays(14), CancellationToken.None);

            Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM applicants.outbox_messages WHERE payload->>'subject' = $1", delivered));
            Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM applicants.outbox_messages WHERE payload->>'subject' = $1", pending));
        }
        finally
        {
            factory.Notifications.FailFor = _ => false;
        }
    }

    private async Task SaveNotificationsAsync(IEnumerable<string> subjects)
    {
        // A real recipient: the address is looked up when the notification is sent.
        var adminId = await factory.Database.ScalarAsync<Guid>("SELECT id FROM identity.users WHERE email = $1", HubApiFactory.AdminEmail);
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        foreach (var subject in subjects)
        {
            outbox.Add(new OutgoingNotification(adminId, subject, "Body", "en"));
        }

        // The same path a handler's save takes: the module's DbContext writes what the outbox collected.
        await scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>().SaveChangesAsync();
    }

    private async Task<long> ProcessedCountAsync(string subjectLike) =>
        await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM applicants.outbox_messages WHERE payload->>'subject' LIKE $1 AND processed_at IS NOT NULL", subjectLike);

    private Task<int> AttemptsAsync(string subject) =>
        factory.Database.ScalarAsync<int>("SELECT attempts FROM applicants.outbox_messages WHERE payload->>'subject' = $1", subject);
}
