using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Domain.Tests.Webhooks;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(24),
    ];

    [Fact]
    public void Waits_longer_after_each_failure_and_stops_after_the_last_allowed_attempt()
    {
        var schedule = new RetrySchedule(Delays, maxAttempts: 6);

        var waits = Enumerable.Range(1, 5).Select(n => schedule.NextAttemptAt(n, Now)!.Value - Now).ToList();

        Assert.Equal(Delays[..5], waits);
        Assert.Null(schedule.NextAttemptAt(6, Now));
    }

    [Fact]
    public void Repeats_the_last_delay_when_more_attempts_are_allowed_than_delays_given()
    {
        var schedule = new RetrySchedule([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)], maxAttempts: 4);

        Assert.Equal(Now.AddSeconds(5), schedule.NextAttemptAt(3, Now));
        Assert.Null(schedule.NextAttemptAt(4, Now));
    }

    [Fact]
    public void A_delivery_fails_after_the_allowed_attempts_and_a_redelivery_allows_exactly_one_more()
    {
        var schedule = new RetrySchedule(Delays, maxAttempts: 2);
        var delivery = WebhookDelivery.Create(Domain.Webhooks.Subscriptions.WebhookSubscriptionId.New(), Guid.NewGuid(), "call.awarded", "{}", schedule.MaxAttempts, Now);
        var error = new AttemptResult(AttemptOutcome.HttpError, 500, TimeSpan.FromMilliseconds(40), "oops");

        delivery.RecordAttempt(Now, error, schedule, Now);
        Assert.Equal((DeliveryStatus.Pending, Now.AddSeconds(30)), (delivery.Status, delivery.NextAttemptAt));
        delivery.RecordAttempt(Now.AddSeconds(30), error, schedule, Now.AddSeconds(30));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);

        delivery.Redeliver(Now.AddHours(1));
        Assert.True(delivery.IsDue(Now.AddHours(1)));
        delivery.RecordAttempt(Now.AddHours(1), error, schedule, Now.AddHours(1));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal([false, false, true], delivery.Attempts.Select(a => a.Manual));
        Assert.Equal([1, 2, 3], delivery.Attempts.Select(a => a.Number));
    }
}
