using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Privacy module's matrix requests (table: <c>Matrix/Tables/Privacy.md</c>).</summary>
internal sealed class PrivacyMatrixFixtures : IMatrixFixtures
{
    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<Guid>>> SharedErasures = new();

    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["ExportMyPersonalData"] = (_, _) => Get("/api/v1/me/personal-data"),
        ["ExportPersonalData"] = (world, _) => Get($"/api/v1/people/{world.Owner.Id}/personal-data"),
        ["ErasePerson"] = async (world, succeeds) =>
            Post($"/api/v1/people/{(succeeds ? await NewFounderIdAsync(world) : Guid.NewGuid())}/erasure", new JsonObject { ["reason"] = "Matrix: the person asked to be erased." }),
        ["ListErasures"] = (_, _) => Get("/api/v1/erasures?page=1&pageSize=5"),
        ["GetErasure"] = async (world, _) => await Get($"/api/v1/erasures/{await SharedErasureAsync(world)}"),
    };

    private static async Task<Guid> NewFounderIdAsync(MatrixWorld world)
    {
        var email = $"matrix-erased-{Guid.NewGuid():N}@tests.example.org";
        var response = await world.Anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = ApiTestExtensions.Password, fullName = "Matrix Erased" });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static Task<Guid> SharedErasureAsync(MatrixWorld world) =>
        SharedErasures.GetOrAdd(world.Factory, _ => new Lazy<Task<Guid>>(async () =>
        {
            var userId = await NewFounderIdAsync(world);
            var response = await world.Manager.PostAsJsonAsync($"/api/v1/people/{userId}/erasure", new { reason = "Matrix: shared erasure." });
            return (await response.JsonAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid();
        })).Value;
}
