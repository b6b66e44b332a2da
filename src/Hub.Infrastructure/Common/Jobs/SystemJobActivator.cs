using Hangfire;
using Hub.Infrastructure.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Jobs;

/// <summary>Runs every background job in a scope of its own as the system actor.</summary>
internal sealed class SystemJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new SystemJobActivatorScope(scopes.CreateSystemScope());
}
