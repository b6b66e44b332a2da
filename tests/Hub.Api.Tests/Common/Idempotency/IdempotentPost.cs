using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common.Idempotency;

/// <summary>POSTs with an <c>Idempotency-Key</c>, and counting the intakes they made.</summary>
internal static class IdempotentPost
{
    public const string Intakes = "/api/v1/intakes";

    public static Task<HttpResponseMessage> PostWithKeyAsync(this HttpClient client, string path, JsonNode? body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    public static async Task<long> IntakesNamedAsync(this HubApiFactory factory, string name) =>
        await factory.Database.ScalarAsync<long>("SELECT count(*) FROM applicants.intakes WHERE name = $1", name);

    public static bool Replayed(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";

    public static string NewKey() => $"key-{Guid.NewGuid():N}";
}
