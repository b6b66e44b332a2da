using Hub.Infrastructure.Applicants.DemoData;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.DemoData;
using Hub.Infrastructure.Common.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Applicants;

internal sealed class ApplicantsModuleInstaller : IModuleInstaller
{
    public void Install(IServiceCollection services, IConfiguration configuration, ModuleRegistry registry)
    {
        services.AddModuleDbContext<ApplicantsDbContext>(registry, ApplicantsDbContext.SchemaName);
        services.AddScoped<IDemoDataSeeder, ApplicantsDemoDataSeeder>();
    }
}
