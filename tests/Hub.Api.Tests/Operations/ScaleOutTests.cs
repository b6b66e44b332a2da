using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Jobs;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Operations;

/// <summary>
/// Two app instances on one database, as behind nginx (the second started in Production as deployed): what one signs in or writes, the other accepts and reads, and
/// every outbox message and background job is handled by exactly one of them. One test, so one second host.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ScaleOutTests(HubApiFactory first)
{
    private const int Messages = 200;
    private const int Jobs = 100;

    [Fact]
    public async Task Two_instances_share_sign_ins_and_writes_and_handle_each_message_and_job_once()
    {
        await using var collector = await OtlpListener.StartAsync();
        await using var second = new SecondInstanceFactory(first.Database.ConnectionString, collector.Url);
        using var onSecond = second.CreateClient();

        // Production with complete settings starts on an already migrated database, and answers its probes.
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/health/ready")).StatusCode);

        // A token issued by the first works on the second (data-protection keys live in PostgreSQL).
        using var admin = await first.AdminAsync();
        onSecond.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        var me = await (await onSecond.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HubApiFactory.AdminEmail, me.GetProperty("email").GetString());

        // A write through the first is read through the second.
        var intakeId = await first.NewIntakeAsync();
        await (await onSecond.GetAsync($"/api/v1/intakes/{intakeId}")).JsonAsync(HttpStatusCode.OK);

        // It loaded no demo data, though asked to.
        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.PostAsJsonAsync(
            "/api/v1/auth/login", new { email = "manager@demo.eu-dieh.example.org", password = "demo-pass-2026" })).StatusCode);

        // Its answers carry the caller's correlation id, and its spans reach the collector.
        using var traced = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/intakes/{intakeId}");
        traced.Headers.Add("X-Correlation-Id", "deploy-check-42");
        var answer = await onSecond.SendAsync(traced);
        Assert.Equal("deploy-check-42", Assert.Single(answer.Headers.GetValues("X-Correlation-Id")));
        await Eventually.TrueAsync(() => Task.FromResult(collector.Received("/v1/traces", $"/api/v1/intakes/{intakeId}")));

        await OutboxMessagesAreDeliveredOnceAsync(second, me.GetProperty("id").GetGuid());
        await JobsRunOnceAsync(second);
    }

    private async Task OutboxMessagesAreDeliveredOnceAsync(SecondInstanceFactory second, Guid recipient)
    {
        var batch = Guid.NewGuid().ToString("N");
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            for (var i = 0; i < Messages; i++)
            {
                outbox.Add(new OutgoingNotification(recipient, $"Scale-out {batch} #{i}", "Body", "en"));
            }

            await scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>().SaveChangesAsync();
        }

        // Both instances drain at once, besides their job servers doing the same.
        await Task.WhenAll(
            Task.Run(() => first.Services.GetRequiredService<OutboxDrainer>().DrainAsync(CancellationToken.None)),
            Task.Run(() => second.Services.GetRequiredService<OutboxDrainer>().DrainAsync(CancellationToken.None)));
        await Eventually.TrueAsync(async () => await first.Database.ScalarAsync<long>(
            "SELECT count(*) FROM applicants.outbox_messages WHERE payload->>'subject' LIKE $1 AND processed_at IS NOT NULL", $"Scale-out {batch} #%") == Messages);

        var delivered = first.Notifications.Sent.Concat(second.Notifications.Sent)
            .Where(n => n.Subject.StartsWith($"Scale-out {batch} ", StringComparison.Ordinal)).Select(n => n.Subject).ToList();
        Assert.Equal(Messages, delivered.Count);
        Assert.Equal(Messages, delivered.Distinct().Count());
    }

    private async Task JobsRunOnceAsync(SecondInstanceFactory second)
    {
        var batch = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(0, Jobs).Select(i => $"{batch}#{i}").ToList();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobs>();
            foreach (var key in keys)
            {
                jobs.Enqueue<CountedJob>(job => job.RunAsync(key));
            }
        }

        await Eventually.TrueAsync(() => Task.FromResult(keys.All(CountedJob.Runs.ContainsKey)), TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(async () => await first.Database.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND arguments::text LIKE $1", $"%{batch}%") == Jobs);

        Assert.All(keys, key => Assert.Single(CountedJob.Runs[key]));
        Assert.Equal(Jobs, keys.Sum(key => CountedJob.Runs[key].Count(t => t == first.Notifications || t == second.Notifications)));
    }
}
