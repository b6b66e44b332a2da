using Hub.Domain.Common;
using Hub.Infrastructure.Common.DemoData;
using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity.DemoData;

/// <summary>The demo's accounts: a hub manager and the founders; each is created only if missing.</summary>
internal sealed class IdentityDemoDataSeeder(UserManager<HubUser> users, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(DemoAccounts.ManagerEmail, DemoAccounts.ManagerName, Roles.Manager);
        foreach (var founder in DemoAccounts.Founders)
        {
            await EnsureAsync(founder.Email, founder.FullName, Roles.Founder);
        }
    }

    private async Task EnsureAsync(string email, string fullName, string role)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new HubUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, FullName = fullName, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, DemoAccounts.Password);
        var added = created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
        if (!added.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the demo account {email}: {string.Join("; ", added.Errors.Select(e => e.Description))}");
        }
    }
}
