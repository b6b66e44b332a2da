using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SeedCapital;
using Hub.Domain.Common;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>
/// The SeedCapital resources the matrix's cells share, made once per test host on top of <see cref="MatrixWorld"/>:
/// the owner's accepted application, an open call the shared evaluator sits on with the owner's submitted proposal,
/// the owner's draft in a call of its own, and an awarded call whose grant to the owner has many tranches.
/// </summary>
internal sealed class SeedCapitalMatrixWorld
{
    public const int Tranches = 20;

    /// <summary>Never reported: refused reports aim at it.</summary>
    public const int PendingTranche = Tranches;

    /// <summary>Reported in the world and never approved: refused approvals aim at it.</summary>
    public const int ReportedTranche = Tranches - 1;

    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<SeedCapitalMatrixWorld>>> Worlds = new();

    private int _nextTranche;

    private SeedCapitalMatrixWorld(MatrixWorld world) => World = world;

    public MatrixWorld World { get; }

    public Guid EvaluatorId { get; private set; }

    public Guid OwnersApplicationId { get; private set; }

    public Guid OpenCallId { get; private set; }

    public Guid OwnersProposalId { get; private set; }

    public Guid RefusedDraftId { get; private set; }

    public Guid AwardedCallId { get; private set; }

    public Guid GrantId { get; private set; }

    public static Task<SeedCapitalMatrixWorld> ForAsync(MatrixWorld world) =>
        Worlds.GetOrAdd(world.Factory, _ => new Lazy<Task<SeedCapitalMatrixWorld>>(() => CreateAsync(world))).Value;

    public async Task<Guid> NewCallAsync(bool withEvaluator = false, string currency = "MNT")
    {
        var created = await (await World.Manager.PostAsJsonAsync(Calls, CallBody(currency: currency))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        if (withEvaluator)
        {
            (await World.Manager.PostAsJsonAsync($"{Calls}/{id}/evaluators", new { userId = EvaluatorId })).EnsureSuccessStatusCode();
        }

        return id;
    }

    /// <summary>A draft (or submitted) proposal of the owner, on their accepted application.</summary>
    public async Task<Guid> OwnersProposalAsync(Guid callId, bool submit, JsonObject? body = null)
    {
        var created = await (await World.Owner.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", body ?? ProposalBody(OwnersApplicationId, 2_000_000m))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        if (submit)
        {
            await (await World.Owner.Client.PostAsync($"{Proposals}/{id}/submit", null)).JsonAsync(HttpStatusCode.OK);
        }

        return id;
    }

    /// <summary>A tranche of the owner's grant nobody has touched yet.</summary>
    public int FreshTranche()
    {
        var number = Interlocked.Increment(ref _nextTranche);
        return number < ReportedTranche ? number : throw new InvalidOperationException("The matrix grant has no fresh tranche left.");
    }

    public async Task<int> FreshReportedTrancheAsync()
    {
        var number = FreshTranche();
        await ReportAsync(number);
        return number;
    }

    private async Task ReportAsync(int number) =>
        await (await World.Owner.Client.PostAsJsonAsync($"{Grants}/{GrantId}/tranches/{number}/report", new { report = "Done, with receipts." })).JsonAsync(HttpStatusCode.OK);

    private static async Task<SeedCapitalMatrixWorld> CreateAsync(MatrixWorld world)
    {
        var seed = new SeedCapitalMatrixWorld(world);
        var factory = world.Factory;
        seed.EvaluatorId = (await factory.SharedUserAsync(Roles.Evaluator)).Id;

        var intakeId = await world.NewIntakeAsync();
        var applicationId = await world.Owner.Client.DraftAsync(intakeId);
        await (await world.Owner.Client.SubmitAsync(applicationId)).JsonAsync(HttpStatusCode.OK);
        await (await world.Manager.DecideAsync(applicationId, "Accept")).JsonAsync(HttpStatusCode.OK);
        seed.OwnersApplicationId = applicationId;

        seed.OpenCallId = await seed.NewCallAsync(withEvaluator: true);
        seed.OwnersProposalId = await seed.OwnersProposalAsync(seed.OpenCallId, submit: true);
        seed.RefusedDraftId = await seed.OwnersProposalAsync(await seed.NewCallAsync(), submit: false);

        // The awarded call: the owner's proposal in twenty tranches, scored by two evaluators, funded. In euros, so
        // releasing a tranche needs no recorded rate (GrantTrancheTests expects none for today's tögrög).
        seed.AwardedCallId = await seed.NewCallAsync(withEvaluator: true, currency: "EUR");
        using var second = await factory.NewUserAsync(Roles.Evaluator);
        (await world.Manager.PostAsJsonAsync($"{Calls}/{seed.AwardedCallId}/evaluators", new { userId = second.Id })).EnsureSuccessStatusCode();
        var body = ProposalBody(applicationId, 2_000_000m, currency: "EUR");
        body["milestones"] = new JsonArray([.. Enumerable.Range(1, Tranches).Select(i => (JsonNode)new JsonObject { ["title"] = $"Milestone {i}", ["dueOn"] = "2027-01-01", ["amount"] = 100_000m })]);
        var funded = await seed.OwnersProposalAsync(seed.AwardedCallId, submit: true, body);
        var evaluator = (await factory.SharedUserAsync(Roles.Evaluator)).Client;
        await (await evaluator.EvaluateAsync(funded, 8, 8)).JsonAsync(HttpStatusCode.Created);
        await (await second.Client.EvaluateAsync(funded, 7, 9)).JsonAsync(HttpStatusCode.Created);
        await (await world.Manager.PostAsync($"{Calls}/{seed.AwardedCallId}/award", null)).JsonAsync(HttpStatusCode.OK);

        var grants = await (await world.Manager.GetAsync($"{Grants}?callId={seed.AwardedCallId}")).JsonAsync(HttpStatusCode.OK);
        seed.GrantId = grants.GetProperty("items")[0].GetProperty("id").GetGuid();
        await seed.ReportAsync(ReportedTranche);
        return seed;
    }
}
