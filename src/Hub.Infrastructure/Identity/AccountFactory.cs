using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity;

/// <summary>Creates an account with its one role in one transaction: never an account without a role.</summary>
internal sealed class AccountFactory(UserManager<HubUser> users, HubIdentityDbContext database, TimeProvider clock)
{
    /// <param name="checkPassword">False only for a password an operator configured (the development admin), never for one a person sends.</param>
    public Task<(HubUser? User, IdentityResult Result)> CreateAsync(
        string email, string password, string fullName, string role, CancellationToken cancellationToken, bool checkPassword = true) =>
        database.InRetriableTransactionAsync<(HubUser?, IdentityResult)>(
            async (transaction, token) =>
            {
                var user = new HubUser
                {
                    Id = Guid.CreateVersion7(),
                    UserName = email.Trim(),
                    Email = email.Trim(),
                    FullName = fullName.Trim(),
                    CreatedAt = clock.GetUtcNow(),
                };

                if (!checkPassword)
                {
                    user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
                }

                var result = checkPassword ? await users.CreateAsync(user, password) : await users.CreateAsync(user);
                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, role);
                }

                if (!result.Succeeded)
                {
                    return (null, result);
                }

                await transaction.CommitAsync(token);
                return (user, result);
            },
            cancellationToken);
}
