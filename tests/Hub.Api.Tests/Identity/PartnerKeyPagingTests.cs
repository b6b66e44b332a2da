using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

[Collection(HubCollection.Name)]
public sealed class PartnerKeyPagingTests(HubApiFactory factory)
{
    [Fact]
    public async Task Keys_created_in_the_same_instant_are_paged_by_id_each_exactly_once()
    {
        using var admin = await factory.AdminAsync();
        List<Guid> ids = [];
        for (var i = 0; i < 5; i++)
        {
            var created = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = $"Same instant {i}", scopes = new[] { "reports:read" } }))
                .JsonAsync(HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetGuid());
        }

        // Older than every other key, so these five are the last five of the list, newest first.
        await factory.Database.ScalarAsync<object>("UPDATE identity.partner_keys SET created_at = '2000-01-01T00:00:00Z' WHERE id = ANY($1)", ids.ToArray());
        var total = (await (await admin.GetAsync("/api/v1/partner-keys?pageSize=1")).JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32();

        List<Guid> paged = [];
        for (var page = total - 4; page <= total; page++)
        {
            var list = await (await admin.GetAsync($"/api/v1/partner-keys?page={page}&pageSize=1")).JsonAsync(HttpStatusCode.OK);
            paged.Add(list.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid());
        }

        // PostgreSQL orders uuids by their bytes, which is the order of their text.
        Assert.Equal(ids.OrderByDescending(id => id.ToString(), StringComparer.Ordinal), paged);
    }
}
