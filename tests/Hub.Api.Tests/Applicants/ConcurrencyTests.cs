using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

/// <summary>Requests that race: the database has the last word, and the loser gets a 409 (or the rule's 422), never a 500.</summary>
[Collection(HubCollection.Name)]
public sealed class ConcurrencyTests(HubApiFactory factory)
{
    [Fact]
    public async Task Two_simultaneous_drafts_of_one_founder_to_one_intake_leave_one_application()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => founder.Client.PostJsonAsync(Applications, ApplicationBody(intakeId, $"Race {i}"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await loser.ProblemAsync(HttpStatusCode.Conflict);
        }

        var mine = await (await founder.Client.GetAsync($"{Applications}?intakeId={intakeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, mine.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Two_managers_accepting_for_the_last_seat_at_once_fill_it_once()
    {
        var intakeId = await factory.NewIntakeAsync(capacity: 1);
        var (first, firstId) = await factory.SubmittedApplicationAsync(intakeId);
        var (second, secondId) = await factory.SubmittedApplicationAsync(intakeId);
        using (first)
        using (second)
        {
            var manager = await factory.ManagerAsync();
            var admin = await factory.SharedAdminAsync();

            var responses = await Task.WhenAll(manager.Client.DecideAsync(firstId, "Accept"), admin.DecideAsync(secondId, "Accept"));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
            Assert.Contains(loser.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity });
            await loser.ProblemAsync(loser.StatusCode);

            var intake = await manager.Client.IntakeAsync(intakeId);
            Assert.Equal(1, intake.GetProperty("acceptedCount").GetInt32());
            var accepted = await (await manager.Client.GetAsync($"{Applications}?intakeId={intakeId}&status=Accepted")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(1, accepted.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task Two_edits_from_the_same_version_keep_one()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var etag = (await founder.Client.GetApplicationAsync(id)).Headers.ETag!.ToString();

        var responses = await Task.WhenAll(
            founder.Client.EditAsync(id, EditBody("Edit A"), etag),
            founder.Client.EditAsync(id, EditBody("Edit B"), etag));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await responses.Single(r => r != winner).ProblemAsync(HttpStatusCode.Conflict);
        var kept = (await winner.JsonAsync(HttpStatusCode.OK)).Text("ventureName");
        Assert.Equal(kept, (await founder.Client.ApplicationAsync(id)).Text("ventureName"));
    }

    [Fact]
    public async Task Submitting_twice_at_once_submits_once()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);

        var responses = await Task.WhenAll(founder.Client.SubmitAsync(id), founder.Client.SubmitAsync(id));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Submitted", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }
}
