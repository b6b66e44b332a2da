using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class DecisionTests(HubApiFactory factory)
{
    [Theory]
    [InlineData("Accept", "Accepted")]
    [InlineData("Reject", "Rejected")]
    [InlineData("Waitlist", "Waitlisted")]
    public async Task A_manager_decides_a_submitted_application(string decision, string status)
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            var before = DateTimeOffset.UtcNow;

            var decided = await (await manager.Client.DecideAsync(id, decision, "Хүчтэй баг, тодорхой зах зээл.")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(status, decided.Text("status"));

            // The founder sees the decision, with who made it and when.
            var application = await founder.Client.ApplicationAsync(id);
            Assert.Equal(status, application.Text("status"));
            var recorded = application.GetProperty("decision");
            Assert.Equal(decision, recorded.Text("decision"));
            Assert.Equal("Хүчтэй баг, тодорхой зах зээл.", recorded.Text("reason"));
            Assert.Equal(manager.Id, recorded.GetProperty("decidedBy").GetGuid());
            Assert.Equal(before, recorded.GetProperty("decidedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task An_admin_decides_too()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var admin = await factory.SharedAdminAsync();
            Assert.Equal("Rejected", await (await admin.DecideAsync(id, "reject", "Not specific enough yet.")).StatusAsync(HttpStatusCode.OK));
        }
    }

    [Fact]
    public async Task Only_managers_decide()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            await (await founder.Client.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Forbidden);
            var partner = await factory.SharedPartnerAsync("applications:read", "applications:write");
            await (await partner.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Forbidden);
            using var anonymous = factory.CreateClient();
            await (await anonymous.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Unauthorized);

            Assert.Equal("Submitted", (await founder.Client.ApplicationAsync(id)).Text("status"));
        }
    }

    [Fact]
    public async Task Deciding_a_draft_is_a_409()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var manager = await factory.ManagerAsync();

        var problem = await (await manager.Client.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("application.not-decidable", problem.Code());
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }

    [Fact]
    public async Task Deciding_an_unknown_application_is_a_404()
    {
        var manager = await factory.ManagerAsync();
        await (await manager.Client.DecideAsync(Guid.NewGuid(), "Accept")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Maybe", "Good team.", "decision")]
    [InlineData("", "Good team.", "decision")]
    [InlineData("Accepted", "Good team.", "decision")]
    [InlineData("Accept", "", "reason")]
    [InlineData("Accept", "   ", "reason")]
    [InlineData("Accept", "<2001 characters>", "reason")]
    public async Task An_invalid_decision_is_a_400_naming_the_field(string decision, string reason, string field)
    {
        reason = reason == "<2001 characters>" ? new string('Ү', 2001) : reason;
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            var problem = await (await manager.Client.DecideAsync(id, decision, reason)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.ErrorsFor(field));
            Assert.Equal("Submitted", (await founder.Client.ApplicationAsync(id)).Text("status"));
        }
    }

    [Fact]
    public async Task A_decision_without_a_body_or_with_a_malformed_one_is_a_400()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            await (await manager.Client.PostRawJsonAsync($"{Applications}/{id}/decision", "{ \"decision\": ")).ProblemAsync(HttpStatusCode.BadRequest);
            await (await manager.Client.PostRawJsonAsync($"{Applications}/{id}/decision", "{}")).ProblemAsync(HttpStatusCode.BadRequest);
            await (await manager.Client.PostRawJsonAsync($"{Applications}/{id}/decision", string.Empty)).ProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_waitlisted_application_may_then_be_accepted_or_rejected_but_not_waitlisted_again()
    {
        var intakeId = await factory.NewIntakeAsync();
        var manager = await factory.ManagerAsync();
        var (first, firstId) = await factory.SubmittedApplicationAsync(intakeId);
        var (second, secondId) = await factory.SubmittedApplicationAsync(intakeId);
        using (first)
        using (second)
        {
            Assert.Equal("Waitlisted", await (await manager.Client.DecideAsync(firstId, "Waitlist", "Promising; waiting for a seat.")).StatusAsync(HttpStatusCode.OK));
            Assert.Equal("Waitlisted", await (await manager.Client.DecideAsync(secondId, "Waitlist", "Promising; waiting for a seat.")).StatusAsync(HttpStatusCode.OK));

            await (await manager.Client.DecideAsync(firstId, "Waitlist", "Again.")).ProblemAsync(HttpStatusCode.Conflict);

            Assert.Equal("Accepted", await (await manager.Client.DecideAsync(firstId, "Accept", "A seat freed up.")).StatusAsync(HttpStatusCode.OK));
            Assert.Equal("Rejected", await (await manager.Client.DecideAsync(secondId, "Reject", "The cohort is complete.")).StatusAsync(HttpStatusCode.OK));

            var accepted = await first.Client.ApplicationAsync(firstId);
            Assert.Equal("Accept", accepted.GetProperty("decision").Text("decision"));
            Assert.Equal("A seat freed up.", accepted.GetProperty("decision").Text("reason"));
        }
    }

    [Theory]
    [InlineData("Accept", "Reject")]
    [InlineData("Accept", "Accept")]
    [InlineData("Reject", "Accept")]
    [InlineData("Reject", "Waitlist")]
    public async Task A_final_decision_is_final(string first, string then)
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            await (await manager.Client.DecideAsync(id, first)).JsonAsync(HttpStatusCode.OK);
            var problem = await (await manager.Client.DecideAsync(id, then)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("application.not-decidable", problem.Code());
        }
    }

    [Fact]
    public async Task Accepting_beyond_the_intakes_capacity_is_a_422_until_a_seat_is_freed()
    {
        var intakeId = await factory.NewIntakeAsync(capacity: 1);
        var manager = await factory.ManagerAsync();
        var (first, firstId) = await factory.SubmittedApplicationAsync(intakeId);
        var (second, secondId) = await factory.SubmittedApplicationAsync(intakeId);
        using (first)
        using (second)
        {
            Assert.Equal("Accepted", await (await manager.Client.DecideAsync(firstId, "Accept")).StatusAsync(HttpStatusCode.OK));
            Assert.Equal("Waitlisted", await (await manager.Client.DecideAsync(secondId, "Waitlist", "Waiting for a seat.")).StatusAsync(HttpStatusCode.OK));

            var intake = await manager.Client.IntakeAsync(intakeId);
            Assert.Equal(1, intake.GetProperty("acceptedCount").GetInt32());
            Assert.Equal(0, intake.GetProperty("seatsLeft").GetInt32());

            var full = await (await manager.Client.DecideAsync(secondId, "Accept")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("intake.full", full.Code());
            Assert.Equal("Waitlisted", (await second.Client.ApplicationAsync(secondId)).Text("status"));

            // The accepted founder steps back: the seat goes back to the intake.
            Assert.Equal("Withdrawn", await (await first.Client.WithdrawAsync(firstId)).StatusAsync(HttpStatusCode.OK));
            Assert.Equal(1, (await manager.Client.IntakeAsync(intakeId)).GetProperty("seatsLeft").GetInt32());

            Assert.Equal("Accepted", await (await manager.Client.DecideAsync(secondId, "Accept", "A seat freed up.")).StatusAsync(HttpStatusCode.OK));
            intake = await manager.Client.IntakeAsync(intakeId);
            Assert.Equal(1, intake.GetProperty("acceptedCount").GetInt32());
            Assert.Equal(0, intake.GetProperty("seatsLeft").GetInt32());
        }
    }

    [Fact]
    public async Task Deciding_from_a_stale_copy_is_a_409()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            var read = await manager.Client.GetApplicationAsync(id);
            var etag = read.Headers.ETag!.ToString();
            Assert.Equal("Waitlisted", await (await manager.Client.DecideAsync(id, "Waitlist", "Promising.")).StatusAsync(HttpStatusCode.OK));

            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Applications}/{id}/decision")
            {
                Content = JsonContent.Create(new { decision = "Reject", reason = "Decided from an old page." }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            await (await manager.Client.SendAsync(request)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("Waitlisted", (await manager.Client.ApplicationAsync(id)).Text("status"));
        }
    }
}
