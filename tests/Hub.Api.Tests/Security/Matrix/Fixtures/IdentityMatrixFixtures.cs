using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Mentoring;
using Hub.Domain.Common;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Identity module's matrix requests (table: <c>Matrix/Tables/Identity.md</c>).</summary>
internal sealed class IdentityMatrixFixtures : IMatrixFixtures
{
    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["RegisterFounder"] = (_, _) => Task.FromResult(Post("/api/v1/auth/register", new JsonObject
        {
            ["email"] = $"matrix-{Guid.NewGuid():N}@tests.example.org",
            ["password"] = ApiTestExtensions.Password,
            ["fullName"] = "Matrix Registrant",
        })),
        ["Login"] = (world, _) => Task.FromResult(Post("/api/v1/auth/login", new JsonObject { ["email"] = world.Owner.Email, ["password"] = ApiTestExtensions.Password })),
        ["RefreshToken"] = async (world, _) => Post("/api/v1/auth/refresh", new JsonObject { ["refreshToken"] = await world.FreshRefreshTokenAsync() }),
        ["SetPassword"] = async (world, _) =>
        {
            var body = MentoringTestData.MentorBody();
            await world.Manager.NewMentorAsync(body);
            var (userId, token) = await world.Factory.SetPasswordLinkAsync(body["email"]!.GetValue<string>());
            return Post("/api/v1/auth/set-password", new JsonObject { ["userId"] = userId, ["token"] = token, ["password"] = "Matrix-mentor-2026!" });
        },
        ["RequestPasswordReset"] = (_, _) => Task.FromResult(Post("/api/v1/auth/password-reset", new JsonObject { ["email"] = $"matrix-reset-{Guid.NewGuid():N}@tests.example.org" })),
        ["GetCurrentPerson"] = (_, _) => Get("/api/v1/auth/me"),
        ["SetPreferredCulture"] = (_, _) => Task.FromResult(Put("/api/v1/auth/me/culture", new JsonObject { ["culture"] = "mn" })),
        ["IssuePartnerKey"] = (_, _) => Task.FromResult(Post("/api/v1/partner-keys", new JsonObject { ["name"] = "Matrix partner", ["scopes"] = new JsonArray(PartnerScopes.ReportsRead) })),
        ["ListPartnerKeys"] = (_, _) => Get("/api/v1/partner-keys?page=1&pageSize=5"),
        ["RevokePartnerKey"] = async (world, succeeds) => Delete($"/api/v1/partner-keys/{(succeeds ? (await world.NewKeyAsync()).Id : world.RefusedKeyId)}"),
        ["CreateUser"] = (_, _) => Task.FromResult(Post("/api/v1/users", new JsonObject
        {
            ["email"] = $"matrix-mentor-{Guid.NewGuid():N}@tests.example.org",
            ["password"] = ApiTestExtensions.Password,
            ["fullName"] = "Matrix Mentor",
            ["role"] = Roles.Mentor,
        })),
        ["GetUser"] = (world, _) => Get($"/api/v1/users/{world.Owner.Id}"),
        ["ListUsers"] = (_, _) => Get("/api/v1/users?role=Founder&q=matrix&page=1&pageSize=5"),
        ["ChangeUserRoles"] = async (world, succeeds) =>
        {
            var (id, version) = succeeds ? await FreshMentorAsync(world) : (world.Owner.Id, "seen-by-nobody");
            return Put($"/api/v1/users/{id}/roles", new JsonObject { ["roles"] = new JsonArray(Roles.Mentor, Roles.Judge), ["version"] = version });
        },
        ["LockUser"] = async (world, succeeds) => Post($"/api/v1/users/{(succeeds ? (await FreshMentorAsync(world)).Id : world.Owner.Id)}/lock"),
        ["UnlockUser"] = async (world, succeeds) => Post($"/api/v1/users/{(succeeds ? (await FreshMentorAsync(world)).Id : world.Owner.Id)}/unlock"),
    };

    /// <summary>A new mentor's account and its version, for the cells that change an account.</summary>
    private static async Task<(Guid Id, string Version)> FreshMentorAsync(MatrixWorld world)
    {
        var email = $"matrix-account-{Guid.NewGuid():N}@tests.example.org";
        var created = await world.Admin.PostAsJsonAsync("/api/v1/users", new { email, password = ApiTestExtensions.Password, fullName = "Matrix Account", role = Roles.Mentor });
        var id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var page = await (await world.Admin.GetAsync($"/api/v1/users?q={Uri.EscapeDataString(email)}")).JsonAsync(HttpStatusCode.OK);
        return (id, page.GetProperty("items")[0].GetProperty("version").GetString()!);
    }
}
