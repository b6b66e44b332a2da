using Hub.Api.Tests.Applicants;
using Hub.Application.Applicants.Contracts;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common.Inbox;

/// <summary>
/// Integration events reach each subscribing handler through the module's inbox, over real PostgreSQL: one
/// handler's failures never make another run twice, a failing handler retries on its own until it succeeds once,
/// and its failed attempts leave nothing behind.
/// </summary>
public sealed class InboxTests(InboxFactory factory) : IClassFixture<InboxFactory>
{
    private const string Steady = nameof(SteadySubmissionHandler);
    private const string Flaky = nameof(FlakySubmissionHandler);

    [Fact]
    public async Task Two_subscribers_one_failing_twice_each_succeed_exactly_once_and_nothing_is_lost()
    {
        await EnsureProbeTableAsync();
        var applicationId = await SubmitApplicationAsync();

        // The outbox drain fills the inbox (two rows) and wakes the inbox drain: the steady handler is done, the flaky one failed once.
        await Eventually.TrueAsync(async () => await AttemptsAsync(Flaky, applicationId) == 1 && await ProcessedAsync(Steady, applicationId));
        Assert.Contains("Flaky handler fails on attempt 1", await LastErrorAsync(Flaky, applicationId), StringComparison.Ordinal);

        // Nothing is due before its back-off (2 s) has passed.
        await factory.Services.GetRequiredService<InboxDrainer>().DrainAsync(CancellationToken.None);
        Assert.Equal(1, factory.Probe.Count(Flaky, applicationId));

        factory.Clock.Advance(TimeSpan.FromSeconds(3));
        await factory.Services.GetRequiredService<InboxDrainer>().DrainAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => await AttemptsAsync(Flaky, applicationId) == 2);

        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        await factory.Services.GetRequiredService<InboxDrainer>().DrainAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => await ProcessedAsync(Flaky, applicationId));

        Assert.Equal(1, factory.Probe.Count(Steady, applicationId));
        Assert.Equal(3, factory.Probe.Count(Flaky, applicationId));
        Assert.Equal(1, await AttemptsAsync(Steady, applicationId));
        Assert.Equal(3, await AttemptsAsync(Flaky, applicationId));
        Assert.Null(await LastErrorAsync(Flaky, applicationId));

        // Each handler's writes stand only for its successful run: the failed attempts were rolled back with it.
        var steadyRows = await ProbeRowsAsync(Steady, applicationId);
        var flakyRows = await ProbeRowsAsync(Flaky, applicationId);
        Assert.Equal([1L], steadyRows);
        Assert.Equal([3L], flakyRows);
        Assert.All(factory.Probe.RanAsSystem, Assert.True);
    }

    [Fact]
    public async Task An_event_delivered_again_by_the_outbox_is_not_handled_again()
    {
        await EnsureProbeTableAsync();
        factory.Probe.FlakyFailures = 0;
        var applicationId = await SubmitApplicationAsync();
        await Eventually.TrueAsync(async () => await ProcessedAsync(Steady, applicationId) && await ProcessedAsync(Flaky, applicationId));

        // As if the drain had crashed after delivering but before its commit: the outbox row is pending again.
        await factory.Database.ScalarAsync<int>(
            "UPDATE applicants.outbox_messages SET processed_at = NULL WHERE payload->>'applicationId' = $1 AND type LIKE '%ApplicationSubmittedIntegrationEvent'",
            applicationId.ToString());
        await factory.Services.GetRequiredService<OutboxDrainer>().DrainAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<InboxDrainer>().DrainAsync(CancellationToken.None);

        Assert.Equal(2L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM applicants.inbox_messages WHERE payload->>'applicationId' = $1", applicationId.ToString()));
        Assert.Equal(1, factory.Probe.Count(Steady, applicationId));
        Assert.Equal(1, factory.Probe.Count(Flaky, applicationId));
    }

    [Fact]
    public async Task An_event_published_by_a_test_reaches_the_subscribers_like_a_modules_own()
    {
        await EnsureProbeTableAsync();
        factory.Probe.FlakyFailures = 0;
        var applicationId = Guid.NewGuid();

        await factory.PublishAsync(new ApplicationSubmittedIntegrationEvent(applicationId, Guid.NewGuid(), Guid.NewGuid(), "Published by a test"));

        await Eventually.TrueAsync(async () => await ProcessedAsync(Steady, applicationId) && await ProcessedAsync(Flaky, applicationId));
        Assert.Equal(1, factory.Probe.Count(Steady, applicationId));
    }

    private async Task<Guid> SubmitApplicationAsync()
    {
        var intakeId = await factory.NewIntakeAsync(opensAt: factory.Clock.GetUtcNow().AddMinutes(-1), closesAt: factory.Clock.GetUtcNow().AddDays(30));
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        await (await founder.Client.SubmitAsync(id)).StatusAsync(System.Net.HttpStatusCode.OK);
        return id;
    }

    private async Task EnsureProbeTableAsync() =>
        await factory.Database.ScalarAsync<int>("CREATE TABLE IF NOT EXISTS applicants.inbox_probe (handler text NOT NULL, application_id uuid NOT NULL, attempt int NOT NULL)");

    private async Task<int> AttemptsAsync(string handler, Guid applicationId) =>
        await factory.Database.ScalarAsync<int>(
            "SELECT attempts FROM applicants.inbox_messages WHERE handler LIKE $1 AND payload->>'applicationId' = $2", $"%.{handler}", applicationId.ToString());

    private async Task<bool> ProcessedAsync(string handler, Guid applicationId) =>
        await factory.Database.ScalarAsync<bool>(
            "SELECT processed_at IS NOT NULL FROM applicants.inbox_messages WHERE handler LIKE $1 AND payload->>'applicationId' = $2", $"%.{handler}", applicationId.ToString());

    private Task<string?> LastErrorAsync(string handler, Guid applicationId) =>
        factory.Database.ScalarAsync<string>(
            "SELECT last_error FROM applicants.inbox_messages WHERE handler LIKE $1 AND payload->>'applicationId' = $2", $"%.{handler}", applicationId.ToString());

    private async Task<long[]> ProbeRowsAsync(string handler, Guid applicationId) =>
        await factory.Database.ScalarAsync<long[]>(
            "SELECT coalesce(array_agg(attempt::bigint ORDER BY attempt), '{}') FROM applicants.inbox_probe WHERE handler = $1 AND application_id = $2", handler, applicationId) ?? [];
}
