using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Jobs;

/// <summary>One job's services, disposed when the job ends.</summary>
internal sealed class SystemJobActivatorScope(AsyncServiceScope scope) : JobActivatorScope
{
    public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

    public override void DisposeScope() => scope.Dispose();
}
