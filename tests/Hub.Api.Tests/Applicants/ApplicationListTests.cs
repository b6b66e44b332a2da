using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class ApplicationListTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_manager_lists_an_intakes_applications_newest_first_filtered_and_paged()
    {
        var intakeId = await factory.NewIntakeAsync();
        var otherIntakeId = await factory.NewIntakeAsync();
        var manager = await factory.ManagerAsync();
        using var first = await factory.NewFounderAsync();
        using var second = await factory.NewFounderAsync();
        using var third = await factory.NewFounderAsync();
        var firstId = await first.Client.DraftAsync(intakeId, "Venture one");
        var secondId = await second.Client.DraftAsync(intakeId, "Venture two");
        var thirdId = await third.Client.DraftAsync(intakeId, "Venture three");
        await first.Client.DraftAsync(otherIntakeId, "Elsewhere");
        await (await second.Client.SubmitAsync(secondId)).JsonAsync(HttpStatusCode.OK);

        var all = await (await manager.Client.GetAsync($"{Applications}?intakeId={intakeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, all.GetProperty("page").GetInt32());
        Assert.Equal(50, all.GetProperty("pageSize").GetInt32());
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([thirdId, secondId, firstId], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.All(items, i => Assert.Equal(intakeId, i.GetProperty("intakeId").GetGuid()));

        var summary = items[1];
        Assert.Equal(second.Id, summary.GetProperty("founderUserId").GetGuid());
        Assert.Equal(FounderFullName, summary.Text("founderName"));
        Assert.Equal("Venture two", summary.Text("ventureName"));
        Assert.Equal("Agriculture", summary.Text("sector"));
        Assert.Equal("Submitted", summary.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, summary.GetProperty("submittedAt").ValueKind);

        var submitted = await (await manager.Client.GetAsync($"{Applications}?intakeId={intakeId}&status=Submitted")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, submitted.GetProperty("totalCount").GetInt32());
        Assert.Equal(secondId, Assert.Single(submitted.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var drafts = await (await manager.Client.GetAsync($"{Applications}?intakeId={intakeId}&status=draft")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, drafts.GetProperty("totalCount").GetInt32());

        var page2 = await (await manager.Client.GetAsync($"{Applications}?intakeId={intakeId}&page=2&pageSize=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(2, page2.GetProperty("pageSize").GetInt32());
        Assert.Equal(3, page2.GetProperty("totalCount").GetInt32());
        Assert.Equal(firstId, Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var beyond = await (await manager.Client.GetAsync($"{Applications}?intakeId={intakeId}&page=9&pageSize=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
        Assert.Equal(3, beyond.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("status=Pending", "status")]
    public async Task Listing_with_a_bad_page_or_status_is_a_400_naming_it(string query, string field)
    {
        var manager = await factory.ManagerAsync();
        var problem = await (await manager.Client.GetAsync($"{Applications}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Theory]
    [InlineData("intakeId=not-a-guid")]
    [InlineData("pageSize=many")]
    public async Task Listing_with_an_unreadable_parameter_is_a_400(string query)
    {
        var manager = await factory.ManagerAsync();
        await (await manager.Client.GetAsync($"{Applications}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_page_far_beyond_the_end_is_empty_or_a_400()
    {
        // (page - 1) * pageSize does not fit in an int here.
        var manager = await factory.ManagerAsync();
        var response = await manager.Client.GetAsync($"{Applications}?page={int.MaxValue}&pageSize=200");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("page"));
        }
        else
        {
            Assert.Equal(0, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_full_page_of_200_is_allowed()
    {
        var manager = await factory.ManagerAsync();
        var page = await (await manager.Client.GetAsync($"{Applications}?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(200, page.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task A_founder_lists_only_their_own_applications()
    {
        var intakeId = await factory.NewIntakeAsync();
        var otherIntakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        using var neighbour = await factory.NewFounderAsync();
        var mine = await founder.Client.DraftAsync(intakeId);
        var mineElsewhere = await founder.Client.DraftAsync(otherIntakeId);
        await neighbour.Client.DraftAsync(intakeId);

        var all = await (await founder.Client.GetAsync(Applications)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([mineElsewhere, mine], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.All(items, i => Assert.Equal(founder.Id, i.GetProperty("founderUserId").GetGuid()));

        var oneIntake = await (await founder.Client.GetAsync($"{Applications}?intakeId={intakeId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(mine, Assert.Single(oneIntake.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(1, oneIntake.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_partner_with_applications_read_lists_applications()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var partner = await factory.SharedPartnerAsync("applications:read");
            var page = await (await partner.GetAsync($"{Applications}?intakeId={intakeId}&status=Submitted")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
    }

    [Theory]
    [InlineData("training:read")]
    [InlineData("reports:read")]
    [InlineData("applications:write")]
    public async Task A_partner_without_applications_read_may_not_list(string scope)
    {
        var partner = await factory.SharedPartnerAsync(scope);
        await (await partner.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Listing_without_credentials_or_with_an_unknown_key_is_a_401()
    {
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Unauthorized);

        using var unknown = factory.CreateClient();
        unknown.DefaultRequestHeaders.Add("X-Api-Key", $"hub_{Guid.NewGuid():N}");
        await (await unknown.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Mentor")]
    [InlineData("Judge")]
    public async Task Mentors_and_judges_may_not_list(string role)
    {
        var user = await factory.SharedUserAsync(role);
        await (await user.Client.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
