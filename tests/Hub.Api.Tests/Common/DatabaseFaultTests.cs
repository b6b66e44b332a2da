using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Api.Tests.Common;

/// <summary>
/// PostgreSQL going away under a running app (ADR 0014), in a host of its own whose database sits behind a relay the
/// tests can cut: requests answer 503 with Retry-After or succeed, never 500, and the app is healthy again soon after
/// the database is back, without a restart.
/// </summary>
public sealed class DatabaseFaultTests(DatabaseFaultHubApiFactory factory) : IClassFixture<DatabaseFaultHubApiFactory>
{
    [Fact]
    public async Task Connections_whose_backends_were_terminated_are_replaced_without_the_client_noticing()
    {
        var (founder, id) = await DraftedApplicationAsync();
        using var _ = founder;
        using var anonymous = factory.CreateClient();

        // What a restart leaves in the pools: connections whose backends are gone, each failing its next command with 57P01.
        Assert.True(await TerminateBackendsAsync() > 0);
        var reads = Enumerable.Range(0, 4).Select(_ => founder.Client.GetApplicationAsync(id)).ToList();
        var submitted = founder.Client.SubmitAsync(id);
        foreach (var read in await Task.WhenAll(reads))
        {
            await read.JsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal("Submitted", await (await submitted).StatusAsync(HttpStatusCode.OK));

        // The retried save was applied once: one submission event in the outbox.
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM applicants.outbox_messages WHERE payload->>'applicationId' = $1", id.ToString()));

        // The health checks look past a dead connection too.
        Assert.True(await TerminateBackendsAsync() > 0);
        await (await anonymous.GetAsync("/health")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_drain_whose_transaction_meets_a_dead_connection_runs_again_on_a_new_one()
    {
        // Make sure the app's pool holds connections, then kill their backends: the drain's claim, inside its
        // transaction, is the first command to meet one.
        var (founder, _) = await DraftedApplicationAsync();
        founder.Dispose();
        Assert.True(await TerminateBackendsAsync() > 0);

        await factory.Services.GetRequiredService<OutboxDrainer>().DrainAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<InboxDrainer>().DrainAsync(CancellationToken.None);
    }

    [Fact]
    public async Task While_the_database_is_out_of_reach_requests_get_503_with_retry_after_and_the_app_recovers_without_a_restart()
    {
        var (founder, id) = await DraftedApplicationAsync();
        using var _ = founder;
        using var anonymous = factory.CreateClient();

        factory.Proxy.Cut();
        try
        {
            var read = await founder.Client.GetApplicationAsync(id);
            var problem = await read.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("5", read.Headers.RetryAfter?.ToString());
            Assert.Equal("The database is briefly unavailable; try again in a few seconds.", problem.Text("detail"));
            await (await founder.Client.SubmitAsync(id)).ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health")).StatusCode);
        }
        finally
        {
            factory.Proxy.Restore();
        }

        // The refused submission saved nothing.
        Assert.Equal("Draft", await factory.Database.ScalarAsync<string>("SELECT status FROM applicants.applications WHERE id = $1", id));

        // Healthy again within seconds, never a 500 on the way.
        await Eventually.TrueAsync(
            async () =>
            {
                var health = await anonymous.GetAsync("/health");
                Assert.NotEqual(HttpStatusCode.InternalServerError, health.StatusCode);
                return health.StatusCode == HttpStatusCode.OK;
            },
            TimeSpan.FromSeconds(10));

        var first = await founder.Client.GetApplicationAsync(id);
        Assert.Contains(first.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
        await (await founder.Client.GetApplicationAsync(id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));

        // The job server is back too: the submission's notification leaves through the outbox.
        await factory.Notifications.WaitForAsync(n => n.RecipientUserId == founder.Id, TimeSpan.FromSeconds(30));
    }

    /// <summary>A new founder's draft in a new intake, made while the database is there.</summary>
    private async Task<(TestUser Founder, Guid Id)> DraftedApplicationAsync()
    {
        var intakeId = await factory.NewIntakeAsync();
        var founder = await factory.NewFounderAsync();
        return (founder, await founder.Client.DraftAsync(intakeId));
    }

    /// <summary>Terminates every backend of the app's database but the one asking, and returns how many there were.</summary>
    private async Task<long> TerminateBackendsAsync()
    {
        var terminated = await factory.Database.ScalarAsync<long>(
            """
            SELECT count(*) FILTER (WHERE terminated) FROM (
                SELECT pg_terminate_backend(pid, 5000) AS terminated FROM pg_stat_activity
                WHERE datname = current_database() AND usename = current_user AND backend_type = 'client backend' AND pid <> pg_backend_pid()) AS backends
            """);

        // The test's own pooled connections to the database went too; only the app should meet dead ones.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(factory.Database.ConnectionString));
        return terminated;
    }
}
