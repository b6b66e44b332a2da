namespace Hub.Api.Common.Endpoints;

/// <summary>One module's routes. Found by reflection, so a new module's endpoints need no change here.</summary>
internal interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder api);
}
