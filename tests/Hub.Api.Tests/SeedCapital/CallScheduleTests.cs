using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.SeedCapital.Jobs;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>A call's window, in the host whose clock the tests move: the clock refuses late submissions at once, and the deadline job records the closing.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class CallScheduleTests(FakeClockHubApiFactory factory)
{
    [Fact]
    public async Task After_closesAt_a_submission_is_a_422_and_the_deadline_job_records_Closed()
    {
        var manager = await factory.ManagerAsync();
        var now = factory.CatchUpWithRealTime();
        var closesAt = now.AddMinutes(1);
        var callId = (await (await manager.Client.PostAsJsonAsync(Calls, CallBody(opensAt: now.AddDays(-1), closesAt: closesAt))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (founder, proposalId) = await factory.ProposalAsync(callId, submit: false);
        using (founder)
        {
            factory.MoveClockTo(closesAt.AddMilliseconds(1));

            var late = await (await founder.Client.PostAsync($"{Proposals}/{proposalId}/submit", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("call.closed", late.Code());
            Assert.Equal("Closed", (await (await manager.Client.GetAsync($"{Calls}/{callId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());

            var job = Assert.Single(factory.ScheduledJobs<CallDeadlineJob>(call => call.Args[0] is Guid id && id == callId));
            Assert.True(job.EnqueueAt >= closesAt && job.EnqueueAt <= closesAt.AddSeconds(2), $"The deadline job is scheduled for {job.EnqueueAt:O}, not soon after {closesAt:O}.");
            factory.MoveClockTo(job.EarliestStart);
            factory.StartNow(job);
            Assert.Equal("Closed", await Eventually.ValueAsync(
                () => factory.Database.ScalarAsync<string>("SELECT status FROM seed_capital.calls WHERE id = $1", callId), status => status == "Closed"));
        }
    }
}
