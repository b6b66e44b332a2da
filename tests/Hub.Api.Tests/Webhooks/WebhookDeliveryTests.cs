using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.DemoDay.Contracts;
using static Hub.Api.Tests.Webhooks.WebhooksTestData;

namespace Hub.Api.Tests.Webhooks;

/// <summary>
/// Deliveries to a real receiver on loopback: signed, retried with back-off (the test host waits 0.2 s between two
/// attempts, allows 2 and gives each 1 s), logged per attempt, redelivered and pinged on request.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class WebhookDeliveryTests(HubApiFactory factory, WebhookReceiver receiver) : IClassFixture<WebhookReceiver>
{
    [Fact]
    public async Task A_submitted_application_reaches_the_receiver_signed_with_the_secret()
    {
        using var admin = await factory.AdminAsync();
        var url = receiver.Path(200);
        var webhookId = await admin.NewWebhookAsync(url, "application.submitted");

        var (_, applicationId) = await factory.SubmittedApplicationAsync(await factory.NewIntakeAsync(), "Signed Webhook Dairy");

        var received = await Eventually.ValueAsync(() => Task.FromResult(receiver.Received(url)), r => r.Count == 1);
        var post = received.Single();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), post.Body));
        Assert.Equal(expected, post.Headers["X-Hub-Signature"]);
        Assert.Equal("application.submitted", post.Headers["X-Hub-Event"]);
        Assert.StartsWith("EU-DIEH-Hub-Webhooks/", post.Headers["User-Agent"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("application.submitted", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(applicationId, body.RootElement.GetProperty("data").GetProperty("applicationId").GetGuid());
        Assert.Equal("Signed Webhook Dairy", body.RootElement.GetProperty("data").GetProperty("ventureName").GetString());
        Assert.False(body.RootElement.GetProperty("data").TryGetProperty("founderUserId", out _));

        var delivery = await admin.FinishedDeliveryAsync(webhookId);
        Assert.Equal(post.Headers["X-Hub-Delivery"], delivery.GetProperty("id").GetGuid().ToString());
        Assert.Equal(body.RootElement.GetProperty("id").GetGuid(), delivery.GetProperty("eventId").GetGuid());
        Assert.Equal("Succeeded", delivery.GetProperty("status").GetString());
        Assert.Equal(200, delivery.GetProperty("attempts")[0].GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_and_the_log_shows_each_attempt_with_its_code()
    {
        using var admin = await factory.AdminAsync();
        var url = receiver.Path(500, 200);
        var webhookId = await admin.NewWebhookAsync(url, "demoday.results_published");

        await factory.PublishAsync(Published("Retried Demo Day"));

        var delivery = await admin.FinishedDeliveryAsync(webhookId);
        Assert.Equal("Succeeded", delivery.GetProperty("status").GetString());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([(1, "HttpError", 500), (2, "Succeeded", 200)], attempts.Select(a => (a.GetProperty("number").GetInt32(), a.GetProperty("outcome").GetString(), a.GetProperty("statusCode").GetInt32())));
        Assert.Equal("answer 500", attempts[0].GetProperty("responseExcerpt").GetString());
        Assert.True(attempts[1].GetProperty("startedAt").GetDateTimeOffset() >= attempts[0].GetProperty("startedAt").GetDateTimeOffset().AddMilliseconds(200));
        Assert.Equal(2, receiver.Received(url).Count);
        Assert.Equal(receiver.Received(url)[0].Body, receiver.Received(url)[1].Body);
    }

    [Fact]
    public async Task A_receiver_that_times_out_fails_after_the_allowed_attempts_and_a_redelivery_tries_once_more()
    {
        using var admin = await factory.AdminAsync();
        var url = receiver.Path(async (n, cancellationToken) =>
        {
            if (n <= 2)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            }

            return 204;
        });
        var webhookId = await admin.NewWebhookAsync(url, "demoday.results_published");

        await factory.PublishAsync(Published("Slow Receiver Day"));

        var failed = await admin.FinishedDeliveryAsync(webhookId);
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Equal(["Timeout", "Timeout"], failed.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("outcome").GetString()));
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("attempts")[0].GetProperty("statusCode").ValueKind);

        var deliveryId = failed.GetProperty("id").GetGuid();
        var redelivered = await admin.PostAsync($"{WebhooksPath}/{webhookId}/deliveries/{deliveryId}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redelivered.StatusCode);

        var done = await Eventually.ValueAsync(() => admin.DeliveriesAsync(webhookId), d => d[0].GetProperty("status").GetString() == "Succeeded");
        var third = done.Single().GetProperty("attempts")[2];
        Assert.Equal((3, 204, true), (third.GetProperty("number").GetInt32(), third.GetProperty("statusCode").GetInt32(), third.GetProperty("manual").GetBoolean()));

        var again = await admin.PostAsync($"{WebhooksPath}/{webhookId}/deliveries/{Guid.NewGuid()}/redeliver", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_event_published_twice_is_delivered_once()
    {
        using var admin = await factory.AdminAsync();
        var url = receiver.Path(200);
        var webhookId = await admin.NewWebhookAsync(url, "demoday.results_published");
        var twice = Published("Twice Published Day");

        await factory.PublishAsync(twice);
        await factory.PublishAsync(twice);
        await factory.PublishAsync(Published("Later Day"));

        var deliveries = await Eventually.ValueAsync(
            () => admin.DeliveriesAsync(webhookId), d => d.Count >= 2 && d.All(x => x.GetProperty("status").GetString() == "Succeeded"));
        Assert.Single(deliveries, d => d.GetProperty("eventId").GetGuid() == twice.EventId);
        Assert.Equal(2, receiver.Received(url).Count);
    }

    [Fact]
    public async Task A_ping_goes_through_the_same_signed_path()
    {
        using var admin = await factory.AdminAsync();
        var url = receiver.Path(200);
        var webhookId = await admin.NewWebhookAsync(url, "call.awarded");

        var ping = await (await admin.PostAsync($"{WebhooksPath}/{webhookId}/ping", null)).JsonAsync(HttpStatusCode.Accepted);

        var post = (await Eventually.ValueAsync(() => Task.FromResult(receiver.Received(url)), r => r.Count == 1)).Single();
        Assert.Equal("ping", post.Headers["X-Hub-Event"]);
        Assert.Equal(ping.GetProperty("deliveryId").GetGuid().ToString(), post.Headers["X-Hub-Delivery"]);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), post.Body)), post.Headers["X-Hub-Signature"]);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal(webhookId, body.RootElement.GetProperty("data").GetProperty("subscriptionId").GetGuid());
    }

    [Fact]
    public async Task Outside_the_machine_nothing_is_dialled_where_deliveries_are_kept_on_loopback()
    {
        using var admin = await factory.AdminAsync();
        var webhookId = await admin.NewWebhookAsync("https://partner.example.org/hooks", "call.awarded");

        (await admin.PostAsync($"{WebhooksPath}/{webhookId}/ping", null)).EnsureSuccessStatusCode();

        var logged = await Eventually.ValueAsync(() => admin.DeliveriesAsync(webhookId), d => d.Count == 1 && d[0].GetProperty("attempts").GetArrayLength() > 0);
        Assert.Equal("AddressRefused", logged[0].GetProperty("attempts")[0].GetProperty("outcome").GetString());
    }

    private static DemoDayResultsPublishedIntegrationEvent Published(string name) =>
        new(Guid.NewGuid(), name, new DateOnly(2026, 11, 20), [new DemoDayPitchResult(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Говь Ноос", 1, 1.25, 8.5, 3, ["Best pitch"])])
        {
            OccurredAt = DateTimeOffset.UtcNow,
        };
}
