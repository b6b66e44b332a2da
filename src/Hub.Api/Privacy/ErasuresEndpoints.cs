using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Privacy.Queries.GetErasure;
using Hub.Application.Privacy.Queries.ListErasures;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Privacy;

/// <summary>The erasure log: whose user id, who asked, when, why and the status; never the erased data.</summary>
internal sealed class ErasuresEndpoints : IEndpointGroup
{
    public static string Prefix => "/erasures";

    public static string Tag => "Personal data";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithName("ListErasures")
            .WithSummary("List erasures")
            .WithDescription("Newest first.")
            .ProducesValidationProblem()
            .Sends<ListErasuresQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetErasure")
            .WithSummary("Get an erasure")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetErasureQuery>();
    }

    private static async Task<Ok<ListResponse<PrivacyErasureDto>>> List([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<PrivacyErasureDto>.From(await sender.Send(new ListErasuresQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<PrivacyErasureDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetErasureQuery(id), cancellationToken));
}
