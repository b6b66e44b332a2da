using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>A module's DbContext in a system scope of its own, for the drains and purges that work module by module.</summary>
internal sealed class ModuleContextScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    private ModuleContextScope(AsyncServiceScope scope, ModuleDbContext context)
    {
        _scope = scope;
        Context = context;
    }

    public ModuleDbContext Context { get; }

    public IServiceProvider Services => _scope.ServiceProvider;

    public static ModuleContextScope Open(IServiceScopeFactory scopes, HubModuleDescriptor module)
    {
        var scope = scopes.CreateSystemScope();
        return new ModuleContextScope(scope, (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType!));
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
