using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Web;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>An evaluator's optional comment for the committee: written on the score sheet or through the API, read by managers (on the call's page too) and the evaluator, never by the founder.</summary>
[Collection(HubCollection.Name)]
public sealed class EvaluatorCommentTests(HubApiFactory factory)
{
    [Fact]
    public async Task An_evaluator_s_comment_is_kept_with_the_scores_for_managers_and_themself_but_not_for_the_founder()
    {
        var callId = await factory.NewCallAsync();
        using var evaluator = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, evaluator.Id);
        var (founder, proposalId) = await factory.ProposalAsync(callId);
        using (founder)
        {
            using var pages = await factory.BrowserAsync(evaluator.Email, ApiTestExtensions.Password);
            var url = $"/evaluation/proposals/{proposalId}?culture=en";
            Assert.Contains("Comment for the committee (optional)", await pages.HtmlAsync(url), StringComparison.Ordinal);
            var saved = await pages.PostFormAsync(url, $"/evaluation/proposals/{proposalId}", ("Scores[0]", "8"), ("Scores[1]", "6"), ("Comment", "  Сайн баг; зардлыг дахин шалгах.  "));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains(">Сайн баг; зардлыг дахин шалгах.</textarea>", await pages.HtmlAsync(url), StringComparison.Ordinal);

            var manager = await factory.ManagerAsync();
            var seen = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal("Сайн баг; зардлыг дахин шалгах.", CommentOf(Assert.Single(seen.GetProperty("evaluations").EnumerateArray())));
            using var managerPages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
            var callPage = await managerPages.HtmlAsync($"/manage/calls/{callId}?culture=en");
            Assert.Contains("Evaluators&#x27; comments (1)", callPage, StringComparison.Ordinal);
            Assert.Contains("<strong>Test Evaluator</strong>: Сайн баг; зардлыг дахин шалгах.", callPage, StringComparison.Ordinal);
            var own = await (await founder.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Empty(own.GetProperty("evaluations").EnumerateArray());

            // Too long is refused beside the field; a blank comment is none; a conflict keeps no comment.
            var tooLong = await (await evaluator.Client.PostAsJsonAsync(
                $"{SeedCapitalTestData.Proposals}/{proposalId}/evaluations",
                new { conflictOfInterest = false, scores = new { Innovation = 8, Team = 6 }, comment = new string('a', 2001) })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(tooLong.ErrorsFor("comment"));
            await (await evaluator.Client.PostAsJsonAsync(
                $"{SeedCapitalTestData.Proposals}/{proposalId}/evaluations",
                new { conflictOfInterest = false, scores = new { Innovation = 8, Team = 6 }, comment = "   " })).JsonAsync(HttpStatusCode.OK);
            var blank = await (await evaluator.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Null(CommentOf(blank.GetProperty("evaluations")[0]));
            await (await evaluator.Client.PostAsJsonAsync(
                $"{SeedCapitalTestData.Proposals}/{proposalId}/evaluations",
                new { conflictOfInterest = true, comment = "My cousin's venture." })).JsonAsync(HttpStatusCode.OK);
            var conflicted = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Null(CommentOf(conflicted.GetProperty("evaluations")[0]));
        }
    }

    private static string? CommentOf(JsonElement evaluation) =>
        evaluation.TryGetProperty("comment", out var comment) && comment.ValueKind == JsonValueKind.String ? comment.GetString() : null;
}
