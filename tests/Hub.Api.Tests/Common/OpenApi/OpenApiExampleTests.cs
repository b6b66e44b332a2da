using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common.OpenApi;

/// <summary>
/// Every operation that takes or returns JSON shows a partner an example of it (each module's
/// <c>IOpenApiExampleCatalog</c>), written as the API writes JSON.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class OpenApiExampleTests(HubApiFactory factory)
{
    [Fact]
    public async Task Every_json_request_body_and_2xx_json_response_has_an_example()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var missing = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var id = operation.Value.GetProperty("operationId").GetString();
                if (operation.Value.TryGetProperty("requestBody", out var body) && JsonContent(body) is { } request && !request.TryGetProperty("example", out _))
                {
                    missing.Add($"{id}: request body {Schema(request)}");
                }

                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')))
                {
                    if (JsonContent(response.Value) is { } content && !content.TryGetProperty("example", out _))
                    {
                        missing.Add($"{id}: {response.Name} response {Schema(content)}");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, $"Add an example of these types to the module's *OpenApiExamples catalogue:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public async Task Examples_are_written_as_the_api_writes_json()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var example = document.RootElement.GetProperty("paths").GetProperty("/api/v1/applications").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");

        Assert.Equal("Agriculture", example.GetProperty("sector").GetString());
        Assert.Equal("Батбаярын Энхжаргал", example.GetProperty("founder").GetProperty("fullName").GetString());
        var list = document.RootElement.GetProperty("paths").GetProperty("/api/v1/intakes").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal("Spring 2026 intake", list.GetProperty("items")[0].GetProperty("name").GetString());
    }

    private static JsonElement? JsonContent(JsonElement described) =>
        described.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json) ? json : null;

    private static string Schema(JsonElement content) =>
        content.TryGetProperty("schema", out var schema) ? schema.ToString() : "(no schema)";
}
