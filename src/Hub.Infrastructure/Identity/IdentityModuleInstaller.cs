using Hub.Application.Identity;
using Hub.Infrastructure.Common.DemoData;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Startup;
using Hub.Infrastructure.Identity.DemoData;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Identity;

internal sealed class IdentityModuleInstaller : IModuleInstaller
{
    public void Install(IServiceCollection services, IConfiguration configuration, ModuleRegistry registry)
    {
        services.AddModuleDbContext<HubIdentityDbContext>(registry, HubIdentityDbContext.SchemaName);
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
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<HubIdentityDbContext>()
            .AddSignInManager();
        services.AddDataProtection().SetApplicationName("eu-dieh-hub").PersistKeysToDbContext<HubIdentityDbContext>();
        services.AddScoped<AccountFactory>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IStartupTask, IdentityBootstrapper>();
        services.AddScoped<IDemoDataSeeder, IdentityDemoDataSeeder>();
    }
}
