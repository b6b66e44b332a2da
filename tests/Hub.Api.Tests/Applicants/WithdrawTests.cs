using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class WithdrawTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_withdraws_a_draft_once()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);

        var withdrawn = await (await founder.Client.WithdrawAsync(id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", withdrawn.Text("status"));
        Assert.Equal(id, withdrawn.GetProperty("id").GetGuid());

        var application = await founder.Client.ApplicationAsync(id);
        Assert.Equal("Withdrawn", application.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, application.GetProperty("withdrawnAt").ValueKind);

        var again = await (await founder.Client.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("application.final", again.Code());
    }

    [Fact]
    public async Task A_withdrawn_application_cannot_be_submitted_edited_or_decided()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            Assert.Equal("Withdrawn", await (await founder.Client.WithdrawAsync(id)).StatusAsync(HttpStatusCode.OK));

            await (await founder.Client.SubmitAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
            await (await founder.Client.EditAsync(id, EditBody())).ProblemAsync(HttpStatusCode.Conflict);
            var manager = await factory.ManagerAsync();
            await (await manager.Client.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal(0, (await manager.Client.IntakeAsync(intakeId)).GetProperty("acceptedCount").GetInt32());
        }
    }

    [Theory]
    [InlineData("Waitlist")]
    [InlineData("Accept")]
    public async Task A_decided_application_other_than_rejected_may_be_withdrawn(string decision)
    {
        var intakeId = await factory.NewIntakeAsync(capacity: 3);
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            await (await manager.Client.DecideAsync(id, decision)).JsonAsync(HttpStatusCode.OK);

            Assert.Equal("Withdrawn", await (await founder.Client.WithdrawAsync(id)).StatusAsync(HttpStatusCode.OK));
            var intake = await manager.Client.IntakeAsync(intakeId);
            Assert.Equal(0, intake.GetProperty("acceptedCount").GetInt32());
            Assert.Equal(3, intake.GetProperty("seatsLeft").GetInt32());
        }
    }

    [Fact]
    public async Task A_rejected_application_cannot_be_withdrawn()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            await (await manager.Client.DecideAsync(id, "Reject", "Not this time.")).JsonAsync(HttpStatusCode.OK);

            var problem = await (await founder.Client.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("application.final", problem.Code());
            Assert.Equal("Rejected", (await founder.Client.ApplicationAsync(id)).Text("status"));
        }
    }

    [Fact]
    public async Task Withdrawing_an_unknown_application_is_a_404()
    {
        using var founder = await factory.NewFounderAsync();
        await (await founder.Client.WithdrawAsync(Guid.NewGuid())).ProblemAsync(HttpStatusCode.NotFound);
    }
}
