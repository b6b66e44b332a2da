using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Applicants.Jobs;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

/// <summary>
/// Submission windows, in the host whose clock the tests move: a test goes past an intake's moment by moving the
/// clock there, and starts the deadline job itself rather than waiting for Hangfire's real-time scheduler.
/// </summary>
[Collection(FakeClockCollection.Name)]
public sealed class SubmissionDeadlineTests(FakeClockHubApiFactory factory)
{
    [Fact]
    public async Task A_founder_submits_a_draft_once()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var now = factory.Clock.GetUtcNow();

        var submitted = await (await founder.Client.SubmitAsync(id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Submitted", submitted.Text("status"));
        Assert.Equal(id, submitted.GetProperty("id").GetGuid());

        var application = await founder.Client.ApplicationAsync(id);
        Assert.Equal("Submitted", application.Text("status"));
        Assert.Equal(now, application.GetProperty("submittedAt").GetDateTimeOffset());

        var again = await (await founder.Client.SubmitAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("application.not-draft", again.Code());
    }

    [Fact]
    public async Task Submitting_an_unknown_application_is_a_404()
    {
        using var founder = await factory.NewFounderAsync();
        await (await founder.Client.SubmitAsync(Guid.NewGuid())).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Submitting_before_the_intake_opens_is_a_422()
    {
        var now = factory.Clock.GetUtcNow();
        var intakeId = await factory.NewIntakeAsync(opensAt: now.AddDays(2), closesAt: now.AddDays(20));
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);

        var problem = await (await founder.Client.SubmitAsync(id)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("intake.not-open", problem.Code());
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }

    [Fact]
    public async Task After_closesAt_a_submission_or_a_new_draft_is_a_422_without_anyone_closing_the_intake()
    {
        using var founder = await factory.NewFounderAsync();
        using var late = await factory.NewFounderAsync();
        var manager = await factory.ManagerAsync();

        // A minute ahead of the real time too, so the deadline job waits in the job store while the test runs.
        var now = factory.CatchUpWithRealTime();
        var closesAt = now.AddMinutes(1);
        var created = await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(now.AddDays(-1), closesAt, 10)))
            .JsonAsync(HttpStatusCode.Created);
        var intakeId = created.GetProperty("id").GetGuid();
        Assert.Equal("Open", created.Text("status"));
        var id = await founder.Client.DraftAsync(intakeId);

        factory.MoveClockTo(closesAt.AddMilliseconds(1));

        // The clock decides, whether or not the deadline job has recorded the closing yet.
        var problem = await (await founder.Client.SubmitAsync(id)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("intake.closed", problem.Code());
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
        using var anonymous = factory.CreateClient();
        Assert.Equal("Closed", (await anonymous.IntakeAsync(intakeId)).Text("status"));

        var draft = await (await late.Client.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("intake.closed", draft.Code());

        // The deadline job has not run: it still waits for its moment on Hangfire's real clock.
        Assert.Single(factory.ScheduledJobs<IntakeDeadlineJob>(call => IsFor(call, intakeId)));
    }

    /// <summary>
    /// The delayed job must record the closing soon after closesAt, not a minute later by the sweep. The moment is put
    /// 0.95 s past a whole second on purpose: the job store may start the job on the whole second before its moment,
    /// and the job must find the intake due even then.
    /// </summary>
    [Fact]
    public async Task The_deadline_job_records_Closed_in_the_database_soon_after_closesAt()
    {
        var manager = await factory.ManagerAsync();
        var recorded = await RecordedByTheDeadlineJobAsync("Closed", async () =>
        {
            var now = factory.CatchUpWithRealTime();
            var closesAt = FakeClockHubApiFactory.WholeSecond(now.AddMinutes(1)).AddMilliseconds(950);
            var intakeId = (await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(now.AddDays(-1), closesAt, 10)))
                .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            Assert.Equal("Open", await RecordedStatusAsync(intakeId));
            return (intakeId, closesAt);
        });

        Assert.Equal("Closed", recorded);
    }

    [Fact]
    public async Task A_scheduled_intake_opens_by_itself()
    {
        var manager = await factory.ManagerAsync();
        var recorded = await RecordedByTheDeadlineJobAsync("Open", async () =>
        {
            using var founder = await factory.NewFounderAsync();
            var now = factory.CatchUpWithRealTime();
            var opensAt = FakeClockHubApiFactory.WholeSecond(now.AddMinutes(1)).AddMilliseconds(950);
            var created = await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(opensAt, now.AddDays(10))))
                .JsonAsync(HttpStatusCode.Created);
            Assert.Equal("Scheduled", created.Text("status"));
            var intakeId = created.GetProperty("id").GetGuid();
            var id = await founder.Client.DraftAsync(intakeId);

            // The clock opens it for submissions at once, whatever is recorded.
            factory.MoveClockTo(opensAt.AddMilliseconds(1));
            Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));
            using var anonymous = factory.CreateClient();
            Assert.Equal("Open", (await anonymous.IntakeAsync(intakeId)).Text("status"));
            return (intakeId, opensAt);
        });

        Assert.Equal("Open", recorded);
    }

    /// <summary>
    /// Schedules an intake, takes its first deadline job (which must be due soon after the moment), moves the clock to
    /// the earliest moment the job store may start that job, starts it, and waits up to 10 s for the recorded status.
    /// The every-minute sweep (the safety net, on Hangfire's real clock) would record it too: when a sweep ran once the
    /// clock had passed the moment, the attempt tells nothing about the deadline job, so it is made once more (the
    /// sweep does not run again for a minute).
    /// </summary>
    private async Task<string?> RecordedByTheDeadlineJobAsync(string expected, Func<Task<(Guid IntakeId, DateTimeOffset Moment)>> schedule)
    {
        for (var attempt = 1; ; attempt++)
        {
            var since = await DatabaseSecondsAsync();
            var (intakeId, moment) = await schedule();

            var jobs = factory.ScheduledJobs<IntakeDeadlineJob>(call => IsFor(call, intakeId));
            Assert.True(jobs.Count > 0, $"No deadline job is scheduled for intake {intakeId}.");
            var job = jobs[0];
            Assert.True(job.EnqueueAt >= moment && job.EnqueueAt <= moment.AddSeconds(2), $"The deadline job is scheduled for {job.EnqueueAt:O}, not soon after {moment:O}.");
            Assert.True(job.EarliestStart >= moment, $"The job store may start the deadline job at {job.EarliestStart:O}, before {moment:O}, when the intake is not due yet.");

            factory.MoveClockTo(job.EarliestStart);
            factory.StartNow(job);
            var recorded = await Eventually.ValueAsync(() => RecordedStatusAsync(intakeId), status => status == expected);

            var sweeps = await factory.Database.ScalarAsync<long>(
                "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%IntakeSweepJob%' AND extract(epoch FROM createdat) >= $1 - 1",
                since);
            if (attempt > 1 || recorded != expected || sweeps == 0)
            {
                return recorded;
            }
        }
    }

    private static bool IsFor(Hangfire.Common.Job call, Guid intakeId) => call.Args[0] is Guid id && id == intakeId;

    private Task<double> DatabaseSecondsAsync() =>
        factory.Database.ScalarAsync<double>("SELECT extract(epoch FROM now())::float8");

    private Task<string?> RecordedStatusAsync(Guid intakeId) =>
        factory.Database.ScalarAsync<string>("SELECT status FROM applicants.intakes WHERE id = $1", intakeId);
}
