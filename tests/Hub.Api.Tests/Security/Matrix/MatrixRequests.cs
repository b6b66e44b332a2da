using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hub.Api.Tests.Security.Matrix;

/// <summary>Short ways to write a fixture's request.</summary>
internal static class MatrixRequests
{
    public static Task<HttpRequestMessage> Get(string path) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));

    public static HttpRequestMessage Post(string path, JsonNode? body = null) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };

    public static HttpRequestMessage Put(string path, JsonNode body) =>
        new(HttpMethod.Put, path) { Content = JsonContent.Create(body) };

    public static HttpRequestMessage Delete(string path) => new(HttpMethod.Delete, path);
}
