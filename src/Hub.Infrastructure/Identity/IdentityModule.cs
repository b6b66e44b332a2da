using Hub.Application.Common.Notifications;
using Hub.Application.Common.Security;
using Hub.Application.Identity;
using Hub.Domain.Identity.PartnerKeys;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Startup;
using Hub.Infrastructure.Identity.DemoData;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Identity;

/// <summary>Accounts, roles and partner keys: the people every other module refers to by user id.</summary>
internal sealed class IdentityModule : IHubModule
{
    public string Name => "Identity";

    public int Order => 10;

    public void Install(ModuleBuilder module)
    {
        module.DbContext<HubIdentityDbContext>(HubIdentityDbContext.SchemaName)
            .Aggregate<PartnerKey>()
            .DemoData<IdentityDemoDataSeeder>();

        var services = module.Services;
        services
            .AddIdentityCore<HubUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Identity's character classes are ASCII only; AnyAlphabetPasswordValidator asks for variety instead.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequiredUniqueChars = PasswordPolicy.RequiredUniqueChars;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddPasswordValidator<AnyAlphabetPasswordValidator>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<HubIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = PasswordPolicy.SetPasswordLinkLifetime);
        services.AddDataProtection().SetApplicationName("eu-dieh-hub").PersistKeysToDbContext<HubIdentityDbContext>();
        services.AddScoped<AccountFactory>();
        services.AddSingleton<UnknownAccountPassword>();
        services.AddScoped<RefreshTokenRotation>();
        services.AddScoped<SignedInCheck>();
        services.AddScoped<ISignInCheck>(sp => sp.GetRequiredService<SignedInCheck>());
        services.AddMemoryCache();
        services.AddSingleton<CredentialChanges>();
        services.AddSingleton<ICredentialChanges>(sp => sp.GetRequiredService<CredentialChanges>());
        services.Configure<AccountCheckOptions>(module.Configuration.GetSection(AccountCheckOptions.Section));
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IAccountPersonalData, AccountPersonalData>();
        services.AddScoped<LastAdminRule>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<INotificationRecipients, IdentityNotificationRecipients>();
        services.AddScoped<IStartupTask, IdentityBootstrapper>();
    }
}
