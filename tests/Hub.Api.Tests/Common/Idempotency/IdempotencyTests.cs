using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common.Idempotency;

/// <summary>POSTs repeated with the same <c>Idempotency-Key</c> (ADR 0023), on intakes as the example resource.</summary>
[Collection(HubCollection.Name)]
public sealed class IdempotencyTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_repeat_with_the_same_key_and_body_creates_one_resource_and_answers_the_first_response()
    {
        var manager = await factory.ManagerAsync();
        var body = ApplicantsTestData.IntakeBody();
        var key = IdempotentPost.NewKey();

        var first = await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, body, key);
        var second = await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Replayed());
        Assert.True(second.Replayed());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(1, await factory.IntakesNamedAsync(body["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_same_key_with_another_body_or_another_path_is_refused_with_422()
    {
        var manager = await factory.ManagerAsync();
        var key = IdempotentPost.NewKey();
        (await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, ApplicantsTestData.IntakeBody(), key)).EnsureSuccessStatusCode();

        var otherBody = ApplicantsTestData.IntakeBody();
        var reused = await (await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, otherBody, key)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var otherPath = await (await manager.Client.PostWithKeyAsync("/api/v1/training/programmes", ApplicantsTestData.IntakeBody(), key)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("idempotency.key_reused", reused.Code());
        Assert.Equal("idempotency.key_reused", otherPath.Code());
        Assert.Equal(0, await factory.IntakesNamedAsync(otherBody["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Concurrent_duplicates_do_the_work_once()
    {
        var manager = await factory.ManagerAsync();
        var body = ApplicantsTestData.IntakeBody();
        var key = IdempotentPost.NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, body, key)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created && !r.Replayed());
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("idempotency.in_progress", (await conflict.ProblemAsync(HttpStatusCode.Conflict)).Code());
        }

        Assert.Equal(1, await factory.IntakesNamedAsync(body["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Different_callers_with_the_same_key_are_independent()
    {
        var manager = await factory.ManagerAsync();
        var admin = await factory.SharedAdminAsync();
        var body = ApplicantsTestData.IntakeBody();
        var key = IdempotentPost.NewKey();

        var byManager = await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, body, key);
        var byAdmin = await admin.PostWithKeyAsync(IdempotentPost.Intakes, body, key);

        Assert.Equal(HttpStatusCode.Created, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        Assert.False(byAdmin.Replayed());

        // A partner key is a caller of its own too: the key is not "used with another request".
        var partner = await factory.SharedPartnerAsync("applications:write");
        var byPartner = await partner.PostWithKeyAsync($"/api/v1/applications/{Guid.NewGuid()}/withdraw", null, key);
        await byPartner.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, await factory.IntakesNamedAsync(body["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_4xx_answer_is_kept_and_replayed()
    {
        var manager = await factory.ManagerAsync();
        var key = IdempotentPost.NewKey();
        var unknown = $"/api/v1/applications/{Guid.NewGuid()}/decision";
        var body = new System.Text.Json.Nodes.JsonObject { ["decision"] = "Accept", ["reason"] = "Strong team." };

        var first = await manager.Client.PostWithKeyAsync(unknown, body, key);
        var second = await manager.Client.PostWithKeyAsync(unknown, body, key);

        await first.ProblemAsync(HttpStatusCode.NotFound);
        await second.ProblemAsync(HttpStatusCode.NotFound);
        Assert.True(second.Replayed());
    }

    [Theory]
    [InlineData(256)]
    [InlineData(-1)]
    public async Task A_key_too_long_or_not_printable_ascii_is_a_400(int length)
    {
        var manager = await factory.ManagerAsync();
        var body = ApplicantsTestData.IntakeBody();

        var response = await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, body, length < 0 ? "tab\tinside" : new string('k', length));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await factory.IntakesNamedAsync(body["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Anonymous_posts_ignore_the_key_so_tokens_are_never_kept()
    {
        using var anonymous = factory.CreateClient();
        var key = IdempotentPost.NewKey();
        var credentials = new System.Text.Json.Nodes.JsonObject { ["email"] = HubApiFactory.AdminEmail, ["password"] = HubApiFactory.AdminPassword };

        var first = await anonymous.PostWithKeyAsync("/api/v1/auth/login", credentials, key);
        var second = await anonymous.PostWithKeyAsync("/api/v1/auth/login", credentials, key);

        var firstToken = (await first.JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        var secondToken = (await second.JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        Assert.False(second.Replayed());
        Assert.NotEqual(firstToken, secondToken);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM platform.idempotency_keys WHERE key = $1", key));
    }

    [Fact]
    public async Task A_response_holding_a_secret_is_replayed_to_its_caller_and_kept_encrypted()
    {
        var admin = await factory.SharedAdminAsync();
        var key = IdempotentPost.NewKey();
        var body = new System.Text.Json.Nodes.JsonObject { ["name"] = "eudarkhan.mn", ["scopes"] = new System.Text.Json.Nodes.JsonArray("training:read") };

        var first = await (await admin.PostWithKeyAsync("/api/v1/partner-keys", body, key)).JsonAsync(HttpStatusCode.Created);
        var again = await admin.PostWithKeyAsync("/api/v1/partner-keys", body, key);

        Assert.True(again.Replayed());
        Assert.Equal(first.GetProperty("key").GetString(), (await again.JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString());
        var kept = await factory.Database.ScalarAsync<byte[]>("SELECT body FROM platform.idempotency_keys WHERE key = $1", key);
        Assert.DoesNotContain(first.GetProperty("key").GetString()!, System.Text.Encoding.UTF8.GetString(kept!), StringComparison.Ordinal);
    }
}
