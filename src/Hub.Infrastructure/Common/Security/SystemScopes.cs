using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Security;

internal static class SystemScopes
{
    /// <summary>A new scope in which <c>ICurrentUser</c> is the system actor.</summary>
    public static AsyncServiceScope CreateSystemScope(this IServiceScopeFactory scopes)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().ActAsSystem();
        return scope;
    }
}
