using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// The authentication caches (ADR 0021) keep an answer for <c>Hub:Auth:AccountCheckInterval</c>, but a change saved
/// on this instance empties them at once: a lock-out, a new password, a revoked partner key. (The shared host caches
/// nothing, so these tests build the check with a 30-second interval themselves.)
/// </summary>
[Collection(HubCollection.Name)]
public sealed class CredentialCacheTests(HubApiFactory factory)
{
    private static readonly IOptions<AccountCheckOptions> ThirtySeconds = Options.Create(new AccountCheckOptions { AccountCheckInterval = TimeSpan.FromSeconds(30) });

    [Fact]
    public async Task A_cached_sign_in_check_is_dropped_when_the_account_is_locked_out()
    {
        using var founder = await factory.NewFounderAsync();
        var principal = await PrincipalOfAsync(founder.Id);
        Assert.True(await IsCurrentAsync(principal));

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(founder.Id.ToString()))!, DateTimeOffset.UtcNow.AddHours(1));
        }

        Assert.False(await IsCurrentAsync(principal));
    }

    [Fact]
    public async Task A_cached_sign_in_check_stays_while_nothing_changes()
    {
        using var founder = await factory.NewFounderAsync();
        var principal = await PrincipalOfAsync(founder.Id);
        Assert.True(await IsCurrentAsync(principal));

        // Changed behind the app's back (as another instance would): this instance keeps its answer for the interval.
        await factory.Database.ScalarAsync<int>("UPDATE identity.users SET lockout_end = now() + interval '1 hour' WHERE id = $1 RETURNING 1", founder.Id);

        Assert.True(await IsCurrentAsync(principal));
    }

    [Fact]
    public async Task A_cached_sign_in_check_is_dropped_when_an_admin_changes_the_roles_and_when_they_lock_the_account()
    {
        using var admin = await factory.AdminAsync();
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        var asMentor = await PrincipalOfAsync(mentor.Id);
        Assert.True(await IsCurrentAsync(asMentor));

        var version = await UserAdministrationTests.VersionAsync(admin, mentor.Id);
        await (await admin.PutAsJsonAsync($"/api/v1/users/{mentor.Id}/roles", new { roles = new[] { Roles.Judge }, version })).JsonAsync(HttpStatusCode.OK);
        Assert.False(await IsCurrentAsync(asMentor));

        var asJudge = await PrincipalOfAsync(mentor.Id);
        Assert.True(asJudge.IsInRole(Roles.Judge) && !asJudge.IsInRole(Roles.Mentor));
        Assert.True(await IsCurrentAsync(asJudge));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{mentor.Id}/lock", null)).StatusCode);
        Assert.False(await IsCurrentAsync(asJudge));
    }

    [Fact]
    public async Task Revoking_a_partner_key_signals_the_partner_key_cache()
    {
        using var admin = await factory.AdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "Cache", scopes = new[] { "applications:read" } }))
            .JsonAsync(HttpStatusCode.Created);
        var changes = factory.Services.GetRequiredService<ICredentialChanges>();
        var before = changes.OfPartnerKeys();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/partner-keys/{created.GetProperty("id").GetGuid()}")).StatusCode);

        Assert.True(before.HasChanged);
        Assert.False(changes.OfPartnerKeys().HasChanged);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        using var scope = factory.Services.CreateScope();
        var check = ActivatorUtilities.CreateInstance<SignedInCheck>(scope.ServiceProvider, ThirtySeconds);
        return await check.IsCurrentAsync(principal, CancellationToken.None);
    }

    private async Task<ClaimsPrincipal> PrincipalOfAsync(Guid userId)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<HubUser>>();
        return await signIn.CreateUserPrincipalAsync((await users.FindByIdAsync(userId.ToString()))!);
    }
}
