using Hub.Domain.Common;
using Hub.Infrastructure.Common.DemoData;
using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity.DemoData;

/// <summary>The demo's accounts: a hub manager, the staff, the mentors (of mentors.json) and the founders; each is created only if missing.</summary>
internal sealed class IdentityDemoDataSeeder(UserManager<HubUser> users, AccountFactory accounts) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(DemoAccounts.ManagerEmail, DemoAccounts.ManagerName, Roles.Manager, cancellationToken);
        foreach (var staff in DemoAccounts.Staff)
        {
            await EnsureAsync(staff.Email, staff.FullName, staff.Role, cancellationToken);
        }

        foreach (var mentor in DemoMentors.All)
        {
            await EnsureAsync(mentor.Email, mentor.FullName, Roles.Mentor, cancellationToken);
        }

        foreach (var founder in DemoAccounts.Founders)
        {
            await EnsureAsync(founder.Email, founder.FullName, Roles.Founder, cancellationToken);
        }
    }

    private async Task EnsureAsync(string email, string fullName, string role, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var (_, result) = await accounts.CreateAsync(email, DemoAccounts.Password, fullName, role, cancellationToken);
        result.ThrowIfFailed($"create the demo account {email}");
    }
}
