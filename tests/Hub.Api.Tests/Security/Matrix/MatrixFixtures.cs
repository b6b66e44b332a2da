using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Security.Matrix;

/// <summary>
/// A valid request for each operation of the matrix, by operationId. <c>succeeds</c> says whether the cell expects a
/// success: a request that changes state then gets fresh resources; a refused one aims at a shared resource in the
/// state the operation needs, so its refusal can only come from who is asking.
/// </summary>
internal static class MatrixFixtures
{
    private const string Applications = ApplicantsTestData.Applications;

    public static readonly IReadOnlyDictionary<string, Func<MatrixWorld, bool, Task<HttpRequestMessage>>> ByOperationId =
        new Dictionary<string, Func<MatrixWorld, bool, Task<HttpRequestMessage>>>(StringComparer.Ordinal)
        {
            ["DraftApplication"] = async (world, succeeds) =>
                Post(Applications, ApplicantsTestData.ApplicationBodyFor(succeeds ? await world.NewIntakeAsync() : world.RefusedDraftIntakeId, world.Owner.Id, "Matrix Dairy")),
            ["ListApplications"] = (_, _) => Get($"{Applications}?page=1&pageSize=5"),
            ["GetApplication"] = (world, _) => Get($"{Applications}/{world.OwnersDraftId}"),
            ["EditApplication"] = (world, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Put, $"{Applications}/{world.OwnersDraftId}")
            {
                Content = JsonContent.Create(ApplicantsTestData.EditBody("Matrix Dairy Cooperative")),
            }),
            ["SubmitApplication"] = async (world, succeeds) => Post($"{Applications}/{(succeeds ? await world.NewDraftAsync() : world.RefusedDraftId)}/submit"),
            ["DecideApplication"] = async (world, succeeds) =>
                Post($"{Applications}/{(succeeds ? await world.NewSubmittedAsync() : world.RefusedSubmittedId)}/decision", new JsonObject { ["decision"] = "Waitlist", ["reason"] = "A strong team; the intake is full of dairy ventures." }),
            ["WithdrawApplication"] = async (world, succeeds) => Post($"{Applications}/{(succeeds ? await world.NewDraftAsync() : world.RefusedDraftId)}/withdraw"),
            ["ScheduleIntake"] = (_, _) => Task.FromResult(Post(ApplicantsTestData.Intakes, ApplicantsTestData.IntakeBody(name: $"Matrix intake {Guid.NewGuid():N}"))),
            ["ListIntakes"] = (_, _) => Get($"{ApplicantsTestData.Intakes}?page=1&pageSize=5"),
            ["GetIntake"] = (world, _) => Get($"{ApplicantsTestData.Intakes}/{world.OpenIntakeId}"),
            ["RegisterFounder"] = (_, _) => Task.FromResult(Post("/api/v1/auth/register", new JsonObject
            {
                ["email"] = $"matrix-{Guid.NewGuid():N}@tests.example.org",
                ["password"] = ApiTestExtensions.Password,
                ["fullName"] = "Matrix Registrant",
            })),
            ["Login"] = (world, _) => Task.FromResult(Post("/api/v1/auth/login", new JsonObject { ["email"] = world.Owner.Email, ["password"] = ApiTestExtensions.Password })),
            ["RefreshToken"] = async (world, _) => Post("/api/v1/auth/refresh", new JsonObject { ["refreshToken"] = await world.FreshRefreshTokenAsync() }),
            ["GetCurrentPerson"] = (_, _) => Get("/api/v1/auth/me"),
            ["IssuePartnerKey"] = (_, _) => Task.FromResult(Post("/api/v1/partner-keys", new JsonObject { ["name"] = "Matrix partner", ["scopes"] = new JsonArray(PartnerScopes.ReportsRead) })),
            ["ListPartnerKeys"] = (_, _) => Get("/api/v1/partner-keys?page=1&pageSize=5"),
            ["RevokePartnerKey"] = async (world, succeeds) =>
                new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/partner-keys/{(succeeds ? (await world.NewKeyAsync()).Id : world.RefusedKeyId)}"),
            ["CreateUser"] = (_, _) => Task.FromResult(Post("/api/v1/users", new JsonObject
            {
                ["email"] = $"matrix-mentor-{Guid.NewGuid():N}@tests.example.org",
                ["password"] = ApiTestExtensions.Password,
                ["fullName"] = "Matrix Mentor",
                ["role"] = Roles.Mentor,
            })),
            ["GetUser"] = (world, _) => Get($"/api/v1/users/{world.Owner.Id}"),
        };

    private static Task<HttpRequestMessage> Get(string path) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));

    private static HttpRequestMessage Post(string path, JsonNode? body = null) =>
        new(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
}
