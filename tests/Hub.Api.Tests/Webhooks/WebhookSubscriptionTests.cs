using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using static Hub.Api.Tests.Webhooks.WebhooksTestData;

namespace Hub.Api.Tests.Webhooks;

/// <summary>Subscriptions: validated input, a write-only secret, versioned edits, admins only.</summary>
[Collection(HubCollection.Name)]
public sealed class WebhookSubscriptionTests(HubApiFactory factory)
{
    [Fact]
    public async Task Unknown_events_and_short_secrets_are_refused_and_the_known_events_are_named()
    {
        using var admin = await factory.AdminAsync();

        var unknown = await (await admin.PostJsonAsync(WebhooksPath, WebhookBody("https://partner.example.org/hooks", "application.eaten"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("training.certificate_issued", string.Join(" ", unknown.ErrorsFor("events")), StringComparison.Ordinal);

        var body = WebhookBody("https://partner.example.org/hooks", "call.awarded");
        body["secret"] = "short";
        var shortSecret = await (await admin.PostJsonAsync(WebhooksPath, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(shortSecret.ErrorsFor("secret"));

        var relative = await (await admin.PostJsonAsync(WebhooksPath, WebhookBody("/hooks", "call.awarded"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(relative.ErrorsFor("url"));
    }

    [Fact]
    public async Task The_secret_is_never_shown_and_a_stale_version_is_a_conflict()
    {
        using var admin = await factory.AdminAsync();
        var id = await admin.NewWebhookAsync("https://partner.example.org/hooks", "call.awarded");

        var got = await admin.GetAsync($"{WebhooksPath}/{id}");
        var text = await got.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        var etag = got.Headers.ETag!.Tag;

        var edit = new JsonObject { ["url"] = "https://partner.example.org/v2", ["events"] = new JsonArray("call.awarded", "application.decided"), ["active"] = false };
        var edited = await Put(admin, id, edit, etag);
        var json = await edited.JsonAsync(HttpStatusCode.OK);
        Assert.False(json.GetProperty("active").GetBoolean());
        Assert.Equal(2, json.GetProperty("events").GetArrayLength());

        Assert.Equal(HttpStatusCode.Conflict, (await Put(admin, id, edit, etag)).StatusCode);

        var list = await (await admin.GetAsync($"{WebhooksPath}?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), w => w.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{WebhooksPath}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{WebhooksPath}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Managers_may_not_manage_webhooks()
    {
        var manager = (await factory.ManagerAsync()).Client;
        await (await manager.PostJsonAsync(WebhooksPath, WebhookBody("https://partner.example.org/hooks", "call.awarded"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync(WebhooksPath)).ProblemAsync(HttpStatusCode.Forbidden);
        using var partner = await factory.PartnerAsync(PartnerScopes.All.ToArray());
        await (await partner.GetAsync(WebhooksPath)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> Put(HttpClient client, Guid id, JsonObject body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{WebhooksPath}/{id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }
}
