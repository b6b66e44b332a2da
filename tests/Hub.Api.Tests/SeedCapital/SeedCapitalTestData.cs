using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>Request bodies and small steps (create a call, propose, submit, evaluate) for the SeedCapital HTTP tests.</summary>
internal static class SeedCapitalTestData
{
    public const string Calls = "/api/v1/calls";
    public const string Proposals = "/api/v1/proposals";
    public const string Grants = "/api/v1/grants";

    public static JsonObject Money(decimal amount, string currency = "MNT") => new() { ["amount"] = amount, ["currency"] = currency };

    public static JsonObject CallBody(
        decimal budget = 30_000_000m,
        decimal maxGrant = 15_000_000m,
        decimal minScore = 5m,
        DateTimeOffset? opensAt = null,
        DateTimeOffset? closesAt = null,
        string kind = "SeedCapital",
        bool allowTeams = false,
        string currency = "MNT") =>
        new()
        {
            ["title"] = $"Call {Guid.NewGuid():N}",
            ["kind"] = kind,
            ["budget"] = Money(budget, currency),
            ["maxGrant"] = Money(maxGrant, currency),
            ["minScore"] = minScore,
            ["opensAt"] = opensAt ?? DateTimeOffset.UtcNow.AddDays(-1),
            ["closesAt"] = closesAt ?? DateTimeOffset.UtcNow.AddDays(30),
            ["criteria"] = new JsonArray(new JsonObject { ["name"] = "Innovation", ["weight"] = 3 }, new JsonObject { ["name"] = "Team", ["weight"] = 1 }),
            ["allowTeamsWithoutApplication"] = allowTeams,
        };

    public static async Task<Guid> NewCallAsync(this HubApiFactory factory, JsonObject? body = null)
    {
        var manager = await factory.ManagerAsync();
        var created = await (await manager.Client.PostAsJsonAsync(Calls, body ?? CallBody())).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task AppointAsync(this HubApiFactory factory, Guid callId, Guid evaluatorUserId)
    {
        var manager = await factory.ManagerAsync();
        (await manager.Client.PostAsJsonAsync($"{Calls}/{callId}/evaluators", new { userId = evaluatorUserId })).EnsureSuccessStatusCode();
    }

    public static JsonObject ProposalBody(Guid? applicationId, decimal requested = 10_000_000m, string? teamName = null, string currency = "MNT") =>
        new()
        {
            ["applicationId"] = applicationId,
            ["teamName"] = teamName,
            ["requestedAmount"] = Money(requested, currency),
            ["summary"] = "Сүүний хоршоо: a cold chain for herders' milk around Darkhan.",
        };

    /// <summary>A new founder, accepted in a fresh intake, with a proposal to the call (submitted unless told otherwise).</summary>
    public static async Task<(TestUser Founder, Guid ProposalId)> ProposalAsync(
        this HubApiFactory factory, Guid callId, decimal requested = 10_000_000m, bool submit = true, string ventureName = "Дархан Сүү хоршоо")
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, applicationId) = await factory.AcceptedApplicationAsync(intakeId, ventureName);
        var created = await (await founder.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(applicationId, requested))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        if (submit)
        {
            (await founder.Client.PostAsync($"{Proposals}/{id}/submit", null)).EnsureSuccessStatusCode();
        }

        return (founder, id);
    }

    /// <summary>
    /// A new founder's grant: a fresh call with two evaluators, the founder's proposal in two tranches (6 and 4 million
    /// tögrög, or euros), scored and awarded by a manager.
    /// </summary>
    public static async Task<(TestUser Founder, Guid GrantId)> AwardedGrantAsync(this HubApiFactory factory, string ventureName, string currency = "MNT")
    {
        var callId = await factory.NewCallAsync(CallBody(currency: currency));
        using var first = await factory.NewEvaluatorAsync();
        using var second = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, first.Id);
        await factory.AppointAsync(callId, second.Id);

        var (founder, applicationId) = await factory.AcceptedApplicationAsync(await factory.NewIntakeAsync(), ventureName);
        var body = ProposalBody(applicationId, 10_000_000m, currency: currency);
        body["milestones"] = new JsonArray(
            new JsonObject { ["title"] = "Equipment", ["dueOn"] = "2027-01-15", ["amount"] = 6_000_000m },
            new JsonObject { ["title"] = "First sales", ["dueOn"] = "2027-06-15", ["amount"] = 4_000_000m });
        var proposalId = (await (await founder.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await founder.Client.PostAsync($"{Proposals}/{proposalId}/submit", null)).JsonAsync(HttpStatusCode.OK);
        await (await first.Client.EvaluateAsync(proposalId, 9, 9)).JsonAsync(HttpStatusCode.Created);
        await (await second.Client.EvaluateAsync(proposalId, 8, 8)).JsonAsync(HttpStatusCode.Created);
        var manager = await factory.ManagerAsync();
        await (await manager.Client.PostAsync($"{Calls}/{callId}/award", null)).JsonAsync(HttpStatusCode.OK);

        var grants = await (await founder.Client.GetAsync($"{Grants}?callId={callId}")).JsonAsync(HttpStatusCode.OK);
        return (founder, Assert.Single(grants.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    public static Task<HttpResponseMessage> EvaluateAsync(this HttpClient evaluator, Guid proposalId, decimal innovation, decimal team, bool conflict = false) =>
        evaluator.PostAsJsonAsync(
            $"{Proposals}/{proposalId}/evaluations",
            conflict ? new JsonObject { ["conflictOfInterest"] = true } : new JsonObject { ["conflictOfInterest"] = false, ["scores"] = new JsonObject { ["Innovation"] = innovation, ["Team"] = team } });

    public static async Task<TestUser> NewEvaluatorAsync(this HubApiFactory factory) => await factory.NewUserAsync(Roles.Evaluator);

    public static decimal Amount(this JsonElement money) => money.GetProperty("amount").GetDecimal();
}
