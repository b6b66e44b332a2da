namespace Hub.Api.Common.Endpoints;

/// <summary>
/// The routes of one resource under <c>/api/v1</c>: its route prefix, its OpenAPI tag and its endpoints. Found by
/// reflection, so a new resource's endpoints need no change here.
/// </summary>
internal interface IEndpointGroup
{
    /// <summary>The route prefix under <c>/api/v1</c>, such as <c>/applications</c>.</summary>
    static abstract string Prefix { get; }

    /// <summary>The OpenAPI tag of every endpoint of the group, such as <c>Applications</c>.</summary>
    static abstract string Tag { get; }

    static abstract void Map(RouteGroupBuilder group);
}
