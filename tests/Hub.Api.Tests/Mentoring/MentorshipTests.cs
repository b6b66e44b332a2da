using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Mentoring;

[Collection(HubCollection.Name)]
public sealed class MentorshipTests(HubApiFactory factory)
{
    [Fact]
    public async Task Only_its_mentor_answers_a_proposal_and_logs_sessions_which_its_founder_confirms()
    {
        var (mentorId, mentor) = await factory.NewSignedInMentorAsync();
        var (otherMentorId, otherMentor) = await factory.NewSignedInMentorAsync();
        using var founder = await factory.NewFounderAsync();
        var manager = (await factory.ManagerAsync()).Client;
        var id = await factory.ProposedMentorshipAsync(mentorId, founder);
        var accept = $"{MentoringTestData.Mentorships}/{id}/accept";

        await (await otherMentor.Client.PostAsync(accept, null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await founder.Client.PostAsync(accept, null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsync(accept, null)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Active", (await (await mentor.Client.PostAsync(accept, null)).JsonAsync(HttpStatusCode.OK)).Text("status"));
        await (await mentor.Client.PostAsync(accept, null)).ProblemAsync(HttpStatusCode.Conflict);

        var sessions = $"{MentoringTestData.Mentorships}/{id}/sessions";
        await (await otherMentor.Client.PostAsJsonAsync(sessions, MentoringTestData.SessionBody())).ProblemAsync(HttpStatusCode.NotFound);
        await (await founder.Client.PostAsJsonAsync(sessions, MentoringTestData.SessionBody())).ProblemAsync(HttpStatusCode.Forbidden);
        var sessionId = await mentor.Client.LogSessionAsync(id, "OneToOne", 60);
        await mentor.Client.LogSessionAsync(id, "Group", 90);

        var confirmation = $"{sessions}/{sessionId}/confirmation";
        await (await founder.Client.PostAsJsonAsync(confirmation, new { rating = 6 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await founder.Client.PostAsJsonAsync(confirmation, new { rating = 5, comment = "Clear next steps." })).StatusCode);
        await (await founder.Client.PostAsJsonAsync(confirmation, new { rating = 4 })).ProblemAsync(HttpStatusCode.Conflict);

        var hours = await (await mentor.Client.GetAsync($"{MentoringTestData.Mentors}/{mentorId}/hours")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(150, hours.GetProperty("totalMinutes").GetInt32());
        Assert.Equal(2, hours.GetProperty("sessions").GetInt32());
        Assert.Equal(90, hours.GetProperty("groupMinutes").GetInt32());
        await (await otherMentor.Client.GetAsync($"{MentoringTestData.Mentors}/{mentorId}/hours")).ProblemAsync(HttpStatusCode.Forbidden);
        var founderHours = await (await founder.Client.GetAsync($"/api/v1/mentoring/founders/{founder.Id}/hours")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(150, founderHours.GetProperty("totalMinutes").GetInt32());

        var mentorship = await (await founder.Client.GetAsync($"{MentoringTestData.Mentorships}/{id}")).JsonAsync(HttpStatusCode.OK);
        var confirmed = mentorship.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == sessionId);
        Assert.Equal(5, confirmed.GetProperty("rating").GetInt32());

        var closed = await (await mentor.Client.PostAsJsonAsync($"{MentoringTestData.Mentorships}/{id}/close", new { outcome = "Sells in two shops." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Closed", closed.Text("status"));
        await (await mentor.Client.PostAsJsonAsync(sessions, MentoringTestData.SessionBody())).ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEqual(mentorId, otherMentorId);
    }

    [Fact]
    public async Task A_decline_frees_the_place_and_the_next_run_matches_the_venture_again()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var (mentorId, mentor) = await factory.NewSignedInMentorAsync();
        using var founder = await factory.NewFounderAsync();
        var (applicationId, intakeId) = await factory.AcceptedApplicationOfAsync(founder);
        var pin = new { applicationId, mentorId };
        var firstRun = await manager.RequestRunAsync(intakeId, pins: [pin]);
        await manager.FinishedRunAsync(firstRun);
        var id = (await (await manager.PostAsync($"{MentoringTestData.MatchingRuns}/{firstRun}/publish", null)).JsonAsync(HttpStatusCode.OK))
            .GetProperty("mentorshipIds")[0].GetGuid();

        // While proposed, the venture is not a candidate of a new run.
        var whileProposed = await manager.FinishedRunAsync(await manager.RequestRunAsync(intakeId));
        Assert.Empty(whileProposed.GetProperty("candidates").EnumerateArray());

        Assert.Equal("Declined", (await (await mentor.Client.PostAsync($"{MentoringTestData.Mentorships}/{id}/decline", null)).JsonAsync(HttpStatusCode.OK)).Text("status"));
        var again = await manager.FinishedRunAsync(await manager.RequestRunAsync(intakeId, pins: [pin]));
        Assert.Equal("Completed", again.Text("status"));
        Assert.Equal(applicationId, again.GetProperty("assignments")[0].GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task A_mentor_edits_their_own_profile_but_not_another_mentors_nor_their_active_flag()
    {
        var (mentorId, mentor) = await factory.NewSignedInMentorAsync();
        var (otherId, _) = await factory.NewSignedInMentorAsync();
        var body = MentoringTestData.MentorBody(languages: ["en", "mn", "ru"], capacity: 4);
        body.Remove("email");

        var edited = await (await mentor.Client.PutAsJsonAsync($"{MentoringTestData.Mentors}/{mentorId}", body)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, edited.GetProperty("capacity").GetInt32());
        await (await mentor.Client.PutAsJsonAsync($"{MentoringTestData.Mentors}/{otherId}", body)).ProblemAsync(HttpStatusCode.Forbidden);
        body["active"] = false;
        await (await mentor.Client.PutAsJsonAsync($"{MentoringTestData.Mentors}/{mentorId}", body)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_set_password_link_works_once_and_a_wrong_one_is_refused_alike()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var body = MentoringTestData.MentorBody();
        await manager.NewMentorAsync(body);
        var (userId, token) = await factory.SetPasswordLinkAsync(body["email"]!.GetValue<string>());
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/set-password", new { userId, token, password = "First-pass-2026!" })).StatusCode);
        var used = await (await anonymous.PostAsJsonAsync("/api/v1/auth/set-password", new { userId, token, password = "Second-pass-2026!" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await anonymous.PostAsJsonAsync("/api/v1/auth/set-password", new { userId = Guid.NewGuid(), token, password = "Second-pass-2026!" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(used.Text("detail"), unknown.Text("detail"));
        using var signedIn = await factory.SignedInClientAsync(body["email"]!.GetValue<string>(), "First-pass-2026!");
    }
}
