using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.SeedCapital.Commands.ApproveTranche;
using Hub.Application.SeedCapital.Commands.ReportMilestone;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Queries.ListGrants;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital;

/// <summary>Grant agreements made by awards, paid in tranches: the founder reports a milestone, a manager approves it.</summary>
internal sealed class GrantsEndpoints : IEndpointGroup
{
    public static string Prefix => "/grants";

    public static string Tag => "Grants";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithName("ListGrants")
            .WithSummary("List grants")
            .WithDescription("Newest first, optionally of one call. A founder sees only their own.")
            .ProducesValidationProblem()
            .Sends<ListGrantsQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetGrant")
            .WithSummary("Get a grant")
            .WithDescription("Its tranches, every disbursement (in the call's currency and in euros at the rate of its day) and the audit trail of who changed what, when. The ETag header is the version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The grant's version, to send as If-Match when approving a tranche.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetGrantQuery>();

        group.MapPost("/{id:guid}/tranches/{number}/report", Report)
            .WithName("ReportGrantMilestone")
            .WithSummary("Report a tranche's milestone done")
            .WithDescription("The grant's founder reports; 409 when the milestone was already reported, 422 for a tranche the grant does not have.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<ReportMilestoneCommand>();

        group.MapPost("/{id:guid}/tranches/{number}/approve", Approve)
            .WithName("ApproveGrantTranche")
            .WithSummary("Approve a reported milestone and release its tranche")
            .WithDescription("Records the disbursement at the euro rate recorded for today (422 when none is); 409 unless the milestone is reported.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<ApproveTrancheCommand>();
    }

    private static async Task<Ok<ListResponse<SeedCapitalGrantSummaryDto>>> List(
        [FromQuery(Name = "callId")][Description("Only grants of this call.")] Guid? callId,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<SeedCapitalGrantSummaryDto>.From(await sender.Send(new ListGrantsQuery(callId, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<SeedCapitalGrantDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var grant = await sender.Send(new GetGrantQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(grant.Version);
        return TypedResults.Ok(grant);
    }

    private static async Task<Ok<TrancheStatusResponse>> Report(Guid id, int number, MilestoneReportRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TrancheStatusResponse(id, number, await sender.Send(new ReportMilestoneCommand(id, number, request.Report, request.JobsCreated), cancellationToken)));

    private static async Task<Ok<TrancheStatusResponse>> Approve(
        Guid id,
        int number,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new TrancheStatusResponse(id, number, await sender.Send(new ApproveTrancheCommand(id, number, IfMatch.Version(ifMatch)), cancellationToken)));
}
