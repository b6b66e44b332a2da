using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common.OpenApi;

/// <summary>
/// The served <c>/openapi/v1.json</c> is the committed <c>docs/openapi/v1.json</c>: a change to the contract partners
/// code against fails the build until the copy is updated on purpose (<c>./hub openapi</c>) and reviewed in the diff.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class OpenApiSnapshotTests(HubApiFactory factory)
{
    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = OpenApiSnapshot.Canonical(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        if (Environment.GetEnvironmentVariable(OpenApiSnapshot.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(OpenApiSnapshot.Path)!);
            await File.WriteAllTextAsync(OpenApiSnapshot.Path, served);
            return;
        }

        var committed = File.Exists(OpenApiSnapshot.Path) ? await File.ReadAllTextAsync(OpenApiSnapshot.Path) : null;

        Assert.True(committed is not null, $"{OpenApiSnapshot.RelativePath} is missing: write it with `{OpenApiSnapshot.UpdateCommand}`.");
        Assert.True(
            committed == served,
            $"The served OpenAPI document differs from {OpenApiSnapshot.RelativePath}:\n{OpenApiSnapshot.Differences(committed!, served)}\n"
            + $"If the change is meant, update the copy with `{OpenApiSnapshot.UpdateCommand}` and commit it with the change; if not, the change breaks partners' clients.");
    }

    [Fact]
    public void The_difference_names_what_changed()
    {
        const string before = """{"paths":{"/a":{"get":{"operationId":"GetA"}}},"components":{"schemas":{"A":{"type":"string"},"B":{"type":"string"}}}}""";
        const string after = """{"paths":{"/a":{"get":{"operationId":"GetA","summary":"x"}},"/b":{"post":{"operationId":"PostB"}}},"components":{"schemas":{"A":{"type":"integer"}}}}""";

        var differences = OpenApiSnapshot.Differences(before, after);

        Assert.Contains("added    operation POST /b (PostB)", differences, StringComparison.Ordinal);
        Assert.Contains("changed  operation GET /a (GetA)", differences, StringComparison.Ordinal);
        Assert.Contains("changed  schema A", differences, StringComparison.Ordinal);
        Assert.Contains("removed  schema B", differences, StringComparison.Ordinal);
    }
}
