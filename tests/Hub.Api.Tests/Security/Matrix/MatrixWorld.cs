using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Security.Matrix;

/// <summary>
/// The people, keys and resources the matrix's cells share, made once per test host: the owning founder and another
/// founder, a signed-in account per role, the partner keys, and resources in the state the refused cells need
/// (a draft, a submitted application, an active key). Cells that succeed and change state make their own
/// (<see cref="NewDraftAsync"/>, …).
/// </summary>
internal sealed class MatrixWorld
{
    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<MatrixWorld>>> Worlds = new();

    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _partners = new();

    private MatrixWorld(HubApiFactory factory) => Factory = factory;

    public HubApiFactory Factory { get; }

    public TestUser Owner { get; private set; } = null!;

    public TestUser OtherFounder { get; private set; } = null!;

    public HttpClient Manager { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>An open intake for reads.</summary>
    public Guid OpenIntakeId { get; private set; }

    /// <summary>An open intake where the owner has no application: refused drafts aim at it.</summary>
    public Guid RefusedDraftIntakeId { get; private set; }

    /// <summary>The owner's draft that reads and edits use.</summary>
    public Guid OwnersDraftId { get; private set; }

    /// <summary>Another draft of the owner, which refused submits and withdrawals aim at.</summary>
    public Guid RefusedDraftId { get; private set; }

    /// <summary>A submitted application of the owner, which refused decisions aim at.</summary>
    public Guid RefusedSubmittedId { get; private set; }

    /// <summary>An active key, which refused revocations aim at.</summary>
    public Guid RefusedKeyId { get; private set; }

    private HttpClient RevokedKey { get; set; } = null!;

    private HttpClient GarbageToken { get; set; } = null!;

    public static Task<MatrixWorld> ForAsync(HubApiFactory factory) =>
        Worlds.GetOrAdd(factory, f => new Lazy<Task<MatrixWorld>>(() => CreateAsync(f))).Value;

    /// <summary>The client that sends a cell's request as <paramref name="caller"/> (never disposed: shared).</summary>
    public async Task<HttpClient> ClientAsync(MatrixCaller caller, MatrixRow row) => caller switch
    {
        MatrixCaller.Anonymous => Anonymous,
        MatrixCaller.Owner => Owner.Client,
        MatrixCaller.OtherFounder => OtherFounder.Client,
        MatrixCaller.Mentor => (await Factory.SharedUserAsync(Roles.Mentor)).Client,
        MatrixCaller.Judge => (await Factory.SharedUserAsync(Roles.Judge)).Client,
        MatrixCaller.Evaluator => (await Factory.SharedUserAsync(Roles.Evaluator)).Client,
        MatrixCaller.Trainer => (await Factory.SharedUserAsync(Roles.Trainer)).Client,
        MatrixCaller.Manager => Manager,
        MatrixCaller.Admin => Admin,
        MatrixCaller.PartnerWithScope => await PartnerAsync(row.ScopesWith),
        MatrixCaller.PartnerWithoutScope => await PartnerAsync(row.ScopesWithout),
        MatrixCaller.RevokedKey => RevokedKey,
        MatrixCaller.GarbageToken => GarbageToken,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    public async Task<Guid> NewIntakeAsync()
    {
        var created = await (await Manager.PostAsJsonAsync(ApplicantsTestData.Intakes, ApplicantsTestData.IntakeBody())).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A draft of the owner in a fresh open intake (one live application per founder and intake).</summary>
    public async Task<Guid> NewDraftAsync() => await Owner.Client.DraftAsync(await NewIntakeAsync());

    public async Task<Guid> NewSubmittedAsync()
    {
        var id = await NewDraftAsync();
        await (await Owner.Client.SubmitAsync(id)).JsonAsync(HttpStatusCode.OK);
        return id;
    }

    /// <summary>A new partner key (scope reports:read) and its id.</summary>
    public async Task<(Guid Id, string Key)> NewKeyAsync(params string[] scopes)
    {
        var created = await (await Admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "Matrix key", scopes = scopes.Length == 0 ? [PartnerScopes.ReportsRead] : scopes }))
            .JsonAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("key").GetString()!);
    }

    /// <summary>A refresh token just issued to the owner, never used.</summary>
    public async Task<string> FreshRefreshTokenAsync()
    {
        var tokens = await (await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = Owner.Email, password = ApiTestExtensions.Password }))
            .JsonAsync(HttpStatusCode.OK);
        return tokens.GetProperty("refreshToken").GetString()!;
    }

    private Task<HttpClient> PartnerAsync(IReadOnlyList<string> scopes) =>
        _partners.GetOrAdd(string.Join(' ', scopes), _ => new Lazy<Task<HttpClient>>(async () => KeyClient((await NewKeyAsync([.. scopes])).Key))).Value;

    private HttpClient KeyClient(string key)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<MatrixWorld> CreateAsync(HubApiFactory factory)
    {
        var world = new MatrixWorld(factory)
        {
            Owner = await factory.NewFounderAsync("Matrix Owner"),
            OtherFounder = await factory.NewFounderAsync("Matrix Other"),
            Manager = (await factory.ManagerAsync()).Client,
            Admin = await factory.SharedAdminAsync(),
            Anonymous = factory.CreateClient(),
        };

        world.OpenIntakeId = await world.NewIntakeAsync();
        world.RefusedDraftIntakeId = await world.NewIntakeAsync();
        world.OwnersDraftId = await world.Owner.Client.DraftAsync(world.OpenIntakeId);
        world.RefusedDraftId = await world.NewDraftAsync();
        world.RefusedSubmittedId = await world.NewSubmittedAsync();
        world.RefusedKeyId = (await world.NewKeyAsync()).Id;

        var revoked = await world.NewKeyAsync([.. PartnerScopes.All]);
        await (await world.Admin.DeleteAsync($"/api/v1/partner-keys/{revoked.Id}")).JsonAsync(HttpStatusCode.NoContent);
        world.RevokedKey = world.KeyClient(revoked.Key);

        world.GarbageToken = factory.CreateClient();
        world.GarbageToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-token-" + Guid.NewGuid().ToString("N"));
        return world;
    }
}
