using System.Net;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Hub.Api.Tests.Common;

/// <summary>
/// The job store fails after a change is committed: the change stands and the client hears success, never 500; the
/// every-minute sweep delivers what the failed signal would have. A host of its own whose job client always throws
/// and which runs no job server, so nothing but the test drains the outbox.
/// </summary>
public sealed class JobStoreFailureTests(JobStoreFailureTests.FailingJobStoreFactory factory) : IClassFixture<JobStoreFailureTests.FailingJobStoreFactory>
{
    [Fact]
    public async Task A_submission_whose_drain_cannot_be_enqueued_is_still_a_200_and_its_messages_wait_for_the_sweep()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var enqueuesBefore = factory.JobCreations;

        Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));

        // The drain is enqueued off the request's path, just after the answer.
        await Eventually.TrueAsync(() => Task.FromResult(factory.JobCreations > enqueuesBefore), TimeSpan.FromSeconds(5));
        Assert.Equal("Submitted", (await founder.Client.ApplicationAsync(id)).Text("status"));
        Assert.Equal(1L, await PendingSubmissionEventsAsync(id));

        // The sweep runs the same drain every minute.
        await factory.Services.GetRequiredService<OutboxDrainer>().DrainAsync(CancellationToken.None);
        Assert.Equal(0L, await PendingSubmissionEventsAsync(id));
        await factory.Notifications.WaitForAsync(n => n.RecipientUserId == founder.Id, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_intake_whose_deadlines_cannot_be_scheduled_is_still_a_201()
    {
        var jobsBefore = factory.JobCreations;

        var id = await factory.NewIntakeAsync(opensAt: DateTimeOffset.UtcNow.AddDays(1), closesAt: DateTimeOffset.UtcNow.AddDays(30));

        Assert.True(factory.JobCreations > jobsBefore, "Scheduling the intake should have tried to schedule its deadline jobs.");
        var manager = await factory.ManagerAsync();
        Assert.Equal("Scheduled", (await manager.Client.IntakeAsync(id)).Text("status"));
    }

    private Task<long> PendingSubmissionEventsAsync(Guid applicationId) =>
        factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM applicants.outbox_messages WHERE payload->>'applicationId' = $1 AND processed_at IS NULL", applicationId.ToString());

    public sealed class FailingJobStoreFactory : HubApiFactory
    {
        private readonly IBackgroundJobClient _jobs = Substitute.For<IBackgroundJobClient>();

        public FailingJobStoreFactory() =>
            _jobs.Create(Arg.Any<Job>(), Arg.Any<IState>())
                .Throws(_ => new BackgroundJobClientException("Background job creation failed.", new NpgsqlException("Failed to connect to the job store")));

        /// <summary>How many jobs the app has tried to create (each one failed).</summary>
        public int JobCreations => _jobs.ReceivedCalls().Count(call => call.GetMethodInfo().Name == nameof(IBackgroundJobClient.Create));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:Jobs:RunServer", "false");
            builder.ConfigureTestServices(services => services.AddSingleton(_jobs));
        }
    }
}
