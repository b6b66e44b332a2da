namespace Hub.Api.Common.Endpoints;

internal static class EndpointGroupExtensions
{
    /// <summary>Maps every module's <see cref="IEndpointGroup"/> under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapHubEndpointGroups(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        foreach (var type in typeof(EndpointGroupExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            ((IEndpointGroup)Activator.CreateInstance(type)!).Map(api);
        }

        return app;
    }
}
