using System.Reflection;

namespace Hub.Api.Common.Endpoints;

internal static class EndpointGroupExtensions
{
    private static readonly MethodInfo MapGroupOf =
        typeof(EndpointGroupExtensions).GetMethod(nameof(MapGroup), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Maps every resource's <see cref="IEndpointGroup"/> under <c>/api/v1</c>, each with its prefix and tag.</summary>
    public static IEndpointRouteBuilder MapHubEndpointGroups(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        foreach (var type in typeof(EndpointGroupExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            MapGroupOf.MakeGenericMethod(type).Invoke(null, [api]);
        }

        return app;
    }

    private static void MapGroup<TGroup>(IEndpointRouteBuilder api)
        where TGroup : IEndpointGroup =>
        TGroup.Map(api.MapGroup(TGroup.Prefix).WithTags(TGroup.Tag));
}
