using Hub.Domain.Common;
using Hub.Infrastructure.Common.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// Makes sure every role exists and, when HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD are set, that admin account too.
/// An existing account of that e-mail is never promoted: start-up stops with an error instead. A configured password
/// that is guessable (common, or built from the e-mail, such as <c>admin-pass-2026</c> for <c>admin@…</c>) is
/// accepted with a warning in Development only; elsewhere start-up stops, as for any other refused password.
/// </summary>
internal sealed partial class IdentityBootstrapper(
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<HubUser> users,
    AccountFactory accounts,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<IdentityBootstrapper> logger) : IStartupTask
{
    public int Order => 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.PersonRoles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() })).ThrowIfFailed($"create role {role}");
            }
        }

        var email = configuration["HUB_ADMIN_EMAIL"];
        var password = configuration["HUB_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        var admin = await users.FindByEmailAsync(email);
        if (admin is null)
        {
            var (created, result) = await accounts.CreateAsync(email, password, "Hub administrator", Roles.Admin, cancellationToken);
            if (created is null && environment.IsDevelopment() && result.Errors.All(e => e.Code is GuessablePasswordValidator.CommonCode or GuessablePasswordValidator.ContainsEmailCode))
            {
                LogGuessableAdminPassword(logger, email, string.Join(" ", result.Errors.Select(e => e.Description)));
                (_, result) = await accounts.CreateAsync(email, password, "Hub administrator", Roles.Admin, cancellationToken, checkPassword: false);
            }

            result.ThrowIfFailed($"create the admin {email}");
            LogAdminCreated(logger, email);
        }
        else if (!await users.IsInRoleAsync(admin, Roles.Admin))
        {
            // Promoting an account someone else registered (and knows the password of) would hand them the hub.
            throw new InvalidOperationException(
                $"HUB_ADMIN_EMAIL names {email}, an existing account that is not an admin. Choose another e-mail, or have an admin grant the role.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "HUB_ADMIN_PASSWORD of {Email} would be refused outside Development: {Reasons} Choose another before deploying.")]
    private static partial void LogGuessableAdminPassword(ILogger logger, string email, string reasons);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the admin account {Email} from HUB_ADMIN_EMAIL")]
    private static partial void LogAdminCreated(ILogger logger, string email);
}
