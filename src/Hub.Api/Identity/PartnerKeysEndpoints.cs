using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Identity.Commands.IssuePartnerKey;
using Hub.Application.Identity.Commands.RevokePartnerKey;
using Hub.Application.Identity.Queries.ListPartnerKeys;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Identity;

/// <summary>The keys partner systems send as <c>X-Api-Key</c>, each with its scopes.</summary>
internal sealed class PartnerKeysEndpoints : IEndpointGroup
{
    public static string Prefix => "/partner-keys";

    public static string Tag => "Partner keys";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", CreatePartnerKey)
            .WithName("IssuePartnerKey")
            .WithSummary("Issue a partner key")
            .WithDescription("The key is in this answer only: the hub keeps its hash.")
            .ProducesValidationProblem()
            .Sends<IssuePartnerKeyCommand>();

        group.MapGet("/", ListPartnerKeys)
            .WithName("ListPartnerKeys")
            .WithSummary("List partner keys")
            .WithDescription("Keys by their prefix, revoked ones included.")
            .ProducesValidationProblem()
            .Sends<ListPartnerKeysQuery>();

        group.MapDelete("/{id:guid}", RevokePartnerKey)
            .WithName("RevokePartnerKey")
            .WithSummary("Revoke a partner key")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RevokePartnerKeyCommand>();
    }

    private static async Task<Created<PartnerKeyCreatedResponse>> CreatePartnerKey(CreatePartnerKeyRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssuePartnerKeyCommand(request.Name, request.Scopes ?? []), cancellationToken);
        return TypedResults.Created($"/api/v1/partner-keys/{issued.Id}", new PartnerKeyCreatedResponse(issued.Id, issued.Key));
    }

    private static async Task<Ok<ListResponse<IdentityPartnerKeyDto>>> ListPartnerKeys([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<IdentityPartnerKeyDto>.From(await sender.Send(new ListPartnerKeysQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<NoContent> RevokePartnerKey(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokePartnerKeyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
