using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// A module's infrastructure: its DbContext, repositories and anything else it needs. Found by reflection, so a new
/// module is a new folder and nothing in Common changes.
/// </summary>
internal interface IModuleInstaller
{
    void Install(IServiceCollection services, IConfiguration configuration, ModuleRegistry registry);
}
