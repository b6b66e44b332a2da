using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class SubmissionDeadlineTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_submits_a_draft_once()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var before = DateTimeOffset.UtcNow;

        var submitted = await (await founder.Client.SubmitAsync(id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Submitted", submitted.Text("status"));
        Assert.Equal(id, submitted.GetProperty("id").GetGuid());

        var application = await founder.Client.ApplicationAsync(id);
        Assert.Equal("Submitted", application.Text("status"));
        Assert.Equal(before, application.GetProperty("submittedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(30));

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
        var intakeId = await factory.NewIntakeAsync(opensAt: DateTimeOffset.UtcNow.AddDays(2), closesAt: DateTimeOffset.UtcNow.AddDays(20));
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
        var closesAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var created = await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(DateTimeOffset.UtcNow.AddDays(-1), closesAt, 10)))
            .JsonAsync(HttpStatusCode.Created);
        var intakeId = created.GetProperty("id").GetGuid();
        Assert.Equal("Open", created.Text("status"));
        var id = await founder.Client.DraftAsync(intakeId);
        Assert.True(DateTimeOffset.UtcNow < closesAt, "The draft took longer than the intake was open; the test cannot tell anything.");

        await WaitUntilAsync(closesAt.AddMilliseconds(20));

        // The clock decides, whether or not the deadline job has recorded the closing yet.
        var problem = await (await founder.Client.SubmitAsync(id)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("intake.closed", problem.Code());
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
        using var anonymous = factory.CreateClient();
        Assert.Equal("Closed", (await anonymous.IntakeAsync(intakeId)).Text("status"));

        var draft = await (await late.Client.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("intake.closed", draft.Code());
    }

    /// <summary>
    /// The delayed job must record the closing soon after closesAt, not a minute later by the sweep. The moment is
    /// put 0.95 s past a whole second on purpose: a job that fires on the whole second runs before the deadline.
    /// </summary>
    [Fact]
    public async Task The_deadline_job_records_Closed_in_the_database_soon_after_closesAt()
    {
        var manager = await factory.ManagerAsync();
        var recorded = await RecordedByTheDeadlineJobAsync("Closed", TimeSpan.FromSeconds(10), async () =>
        {
            var closesAt = WholeSecond(DateTimeOffset.UtcNow.AddSeconds(2)).AddMilliseconds(950);
            var intakeId = (await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(DateTimeOffset.UtcNow.AddDays(-1), closesAt, 10)))
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
        var recorded = await RecordedByTheDeadlineJobAsync("Open", TimeSpan.FromSeconds(5), async () =>
        {
            using var founder = await factory.NewFounderAsync();
            var opensAt = WholeSecond(DateTimeOffset.UtcNow.AddSeconds(1)).AddMilliseconds(950);
            var created = await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(opensAt, DateTimeOffset.UtcNow.AddDays(10))))
                .JsonAsync(HttpStatusCode.Created);
            Assert.Equal("Scheduled", created.Text("status"));
            var intakeId = created.GetProperty("id").GetGuid();
            var id = await founder.Client.DraftAsync(intakeId);

            // The clock opens it for submissions at once, whatever is recorded.
            await WaitUntilAsync(opensAt.AddMilliseconds(20));
            Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));
            using var anonymous = factory.CreateClient();
            Assert.Equal("Open", (await anonymous.IntakeAsync(intakeId)).Text("status"));
            return (intakeId, opensAt);
        });

        Assert.Equal("Open", recorded);
    }

    /// <summary>
    /// Schedules an intake and waits up to <paramref name="grace"/> past its moment for the recorded status. The
    /// every-minute sweep (the safety net) would record it too: when the sweep ran meanwhile the attempt tells
    /// nothing about the deadline job, so it is made once more (the sweep does not run again for a minute).
    /// </summary>
    private async Task<string?> RecordedByTheDeadlineJobAsync(string expected, TimeSpan grace, Func<Task<(Guid IntakeId, DateTimeOffset Moment)>> schedule)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (intakeId, moment) = await schedule();
            var recorded = await WaitForRecordedStatusAsync(intakeId, expected, moment, grace);
            var sweeps = await factory.Database.ScalarAsync<long>(
                "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%IntakeSweepJob%' AND createdat >= $1",
                moment.UtcDateTime.AddSeconds(-1));
            if (attempt > 1 || recorded != expected || sweeps == 0)
            {
                return recorded;
            }
        }
    }

    private static DateTimeOffset WholeSecond(DateTimeOffset moment) =>
        new(moment.Ticks - (moment.Ticks % TimeSpan.TicksPerSecond), moment.Offset);

    private Task<string?> RecordedStatusAsync(Guid intakeId) =>
        factory.Database.ScalarAsync<string>("SELECT status FROM applicants.intakes WHERE id = $1", intakeId);

    /// <summary>Polls the recorded status until it is <paramref name="expected"/> or <paramref name="grace"/> after the moment has passed.</summary>
    private async Task<string?> WaitForRecordedStatusAsync(Guid intakeId, string expected, DateTimeOffset moment, TimeSpan grace)
    {
        var recorded = await RecordedStatusAsync(intakeId);
        while (recorded != expected && DateTimeOffset.UtcNow < moment + grace)
        {
            await Task.Delay(200);
            recorded = await RecordedStatusAsync(intakeId);
        }

        return recorded;
    }

    private static async Task WaitUntilAsync(DateTimeOffset moment)
    {
        var wait = moment - DateTimeOffset.UtcNow;
        Assert.True(wait < TimeSpan.FromSeconds(6), "Waiting this long would slow the suite down.");
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
