using Hub.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Security;

public static class CurrentUserServiceCollectionExtensions
{
    /// <summary>
    /// <c>ICurrentUser</c> is the system actor in a system scope, and <typeparamref name="TPerson"/> (the caller of
    /// an HTTP request, or nobody) everywhere else: a scope is never trusted unless it was made a system one.
    /// </summary>
    public static IServiceCollection AddCurrentUser<TPerson>(this IServiceCollection services)
        where TPerson : class, ICurrentUser
    {
        services.AddScoped<ActorScope>();
        services.AddScoped<TPerson>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorScope>().IsSystem
            ? SystemCurrentUser.Instance
            : sp.GetRequiredService<TPerson>());
        return services;
    }
}
