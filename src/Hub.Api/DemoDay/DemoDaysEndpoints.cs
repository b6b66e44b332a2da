using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.DemoDay.Commands.AddPitch;
using Hub.Application.DemoDay.Commands.CloseDemoDay;
using Hub.Application.DemoDay.Commands.DeclareConflict;
using Hub.Application.DemoDay.Commands.GiveAward;
using Hub.Application.DemoDay.Commands.InviteJudge;
using Hub.Application.DemoDay.Commands.OpenScoring;
using Hub.Application.DemoDay.Commands.PlanDemoDay;
using Hub.Application.DemoDay.Commands.PublishResults;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.GetResults;
using Hub.Application.DemoDay.Queries.GetScoringProgress;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Application.DemoDay.Queries.ListScoreSheets;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.DemoDay;

/// <summary>
/// Demo Days: managers plan them, add pitches and judges; judges score (never seeing each other's sheets before
/// publication); closing computes the results in the background; awards and publication follow.
/// </summary>
internal sealed class DemoDaysEndpoints : IEndpointGroup
{
    private const string ETagDescription = "The Demo Day's version, to send as If-Match with a manager's next change.";

    private const string MethodDescription = "The ranking method: zscore (default, the contract's rule), raw (mean weighted score) or additive (pitch quality + judge bias, least squares).";

    public static string Prefix => "/demo-days";

    public static string Tag => "Demo Days";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Plan)
            .WithName("PlanDemoDay")
            .WithSummary("Plan a Demo Day")
            .WithDescription("Name, date, venue, the scale every criterion is scored on (scaleMin–scaleMax) and the weighted criteria. Starts as Draft.")
            .ProducesValidationProblem()
            .Sends<PlanDemoDayCommand>();

        group.MapGet("/", List)
            .WithName("ListDemoDays")
            .WithSummary("List Demo Days")
            .WithDescription("Latest first: every Demo Day for staff, the published ones for everyone else.")
            .ProducesValidationProblem()
            .Sends<ListDemoDaysQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetDemoDay")
            .WithSummary("Get a Demo Day")
            .WithDescription("Staff see every Demo Day, a judge the days they judge, everyone else published ones (404 otherwise). The ETag header (and version) is the version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetDemoDayQuery>();

        group.MapPost("/{id:guid}/pitches", AddPitch)
            .WithName("AddDemoDayPitch")
            .WithSummary("Add a pitch")
            .WithDescription("An accepted application (422 otherwise) pitches in a slot; slots and ventures are unique per day (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<AddPitchCommand>();

        group.MapPost("/{id:guid}/judges", InviteJudge)
            .WithName("InviteDemoDayJudge")
            .WithSummary("Invite a judge")
            .WithDescription("A person with the Judge or Mentor role (422 otherwise) joins the jury.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<InviteJudgeCommand>();

        group.MapPost("/{id:guid}/conflicts", DeclareConflict)
            .WithName("DeclareDemoDayConflict")
            .WithSummary("Declare a conflict of interest")
            .WithDescription("A manager declares any judge's conflict, a judge their own; a conflicted judge cannot open or score that pitch and such a sheet never counts.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<DeclareConflictCommand>();

        group.MapPost("/{id:guid}/open-scoring", OpenScoring)
            .WithName("OpenDemoDayScoring")
            .WithSummary("Open scoring")
            .WithDescription("Draft → Scoring. Judges may already score a draft day; this marks the day as under way.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<OpenScoringCommand>();

        group.MapPut("/{id:guid}/pitches/{pitchId:guid}/score-sheet", Score)
            .WithName("SubmitDemoDayScoreSheet")
            .WithSummary("Score a pitch, or revise the sheet")
            .WithDescription("A judge of the day gives every criterion a value within the scale (422 otherwise, and after scoring closed); 403 with a conflict. The last revision counts; send If-Match to refuse a revision based on a stale one.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The sheet's version, for If-Match.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<SubmitScoreSheetCommand>();

        group.MapGet("/{id:guid}/score-sheets", ListSheets)
            .WithName("ListDemoDayScoreSheets")
            .WithSummary("List score sheets")
            .WithDescription("A judge sees only their own sheets; staff see all.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<ListScoreSheetsQuery>();

        group.MapGet("/{id:guid}/progress", Progress)
            .WithName("GetDemoDayScoringProgress")
            .WithSummary("Scoring progress")
            .WithDescription("Which judge has scored which pitch (never the scores), so late judges can be chased.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetScoringProgressQuery>();

        group.MapPost("/{id:guid}/close", Close)
            .WithName("CloseDemoDayScoring")
            .WithSummary("Close scoring")
            .WithDescription("Ends scoring and queues the results, computed in the background; a second close is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<CloseDemoDayCommand>();

        group.MapGet("/{id:guid}/results", Results)
            .WithName("GetDemoDayResults")
            .WithSummary("Get the results")
            .WithDescription("Status Queued → Running → Completed (or Failed with failureReason) and the ranking by the chosen method. Staff read them once computed, everyone else once published. Accept: text/csv gives the CSV export.")
            .Produces<DemoDayResultsDto>(StatusCodes.Status200OK, "application/json", DemoDayResultsCsv.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<GetResultsQuery>();

        group.MapGet("/{id:guid}/results.csv", ResultsCsv)
            .WithName("ExportDemoDayResults")
            .WithSummary("Export the results as CSV")
            .WithDescription("pitchId, slot, venture, rank, normalizedScore, rawMean, judgeCount, awards.")
            .Produces<string>(StatusCodes.Status200OK, DemoDayResultsCsv.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<GetResultsQuery>();

        group.MapPost("/{id:guid}/awards", GiveAward)
            .WithName("GiveDemoDayAward")
            .WithSummary("Give an award")
            .WithDescription("An EU-DIEH Award category (Best Entrepreneur, People's Choice…) to a pitch; one pitch per category.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<GiveAwardCommand>();

        group.MapPost("/{id:guid}/publish", Publish)
            .WithName("PublishDemoDayResults")
            .WithSummary("Publish the results")
            .WithDescription("Once results are completed (409 before): they become public, the pitching founders are told and partners are notified.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<PublishResultsCommand>();
    }

    private static async Task<Created<DemoDayCreatedResponse>> Plan(PlanDemoDayRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var criteria = (request.Criteria ?? []).Select(c => new CriterionDetails(c?.Name!, c?.Weight ?? 0)).ToList();
        var id = await sender.Send(new PlanDemoDayCommand(request.Name, request.HeldOn, request.Venue, request.ScaleMin, request.ScaleMax, criteria), cancellationToken);
        return TypedResults.Created($"/api/v1/demo-days/{id}", new DemoDayCreatedResponse(id));
    }

    private static async Task<Ok<ListResponse<DemoDaySummaryDto>>> List([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<DemoDaySummaryDto>.From(await sender.Send(new ListDemoDaysQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<DemoDayDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var day = await sender.Send(new GetDemoDayQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(day.Version);
        return TypedResults.Ok(day);
    }

    private static async Task<Created<DemoDayCreatedResponse>> AddPitch(
        Guid id, AddPitchRequest request, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        var pitchId = await sender.Send(new AddPitchCommand(id, request.ApplicationId, request.Slot, request.StartsAt, IfMatch.Version(ifMatch)), cancellationToken);
        return TypedResults.Created($"/api/v1/demo-days/{id}", new DemoDayCreatedResponse(pitchId));
    }

    private static async Task<Created<JudgeInvitedResponse>> InviteJudge(
        Guid id, InviteJudgeRequest request, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new InviteJudgeCommand(id, request.UserId, IfMatch.Version(ifMatch)), cancellationToken);
        return TypedResults.Created($"/api/v1/demo-days/{id}", new JudgeInvitedResponse(request.UserId));
    }

    private static async Task<Created<ConflictDeclaredResponse>> DeclareConflict(
        Guid id, DeclareConflictRequest request, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeclareConflictCommand(id, request.JudgeUserId, request.PitchId, IfMatch.Version(ifMatch)), cancellationToken);
        return TypedResults.Created($"/api/v1/demo-days/{id}", new ConflictDeclaredResponse(request.JudgeUserId, request.PitchId));
    }

    private static async Task<Ok<DemoDayStatusResponse>> OpenScoring(Guid id, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new OpenScoringCommand(id, IfMatch.Version(ifMatch)), cancellationToken);
        return TypedResults.Ok(new DemoDayStatusResponse(id, nameof(Domain.DemoDay.Editions.DemoDayStatus.Scoring)));
    }

    private static async Task<Ok<DemoDayScoreSheetDto>> Score(
        Guid id,
        Guid pitchId,
        ScoreSheetRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var sheet = await sender.Send(new SubmitScoreSheetCommand(id, pitchId, request.Scores!, IfMatch.Version(ifMatch)), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(sheet.Version);
        return TypedResults.Ok(sheet);
    }

    private static async Task<Ok<IReadOnlyList<DemoDayScoreSheetDto>>> ListSheets(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListScoreSheetsQuery(id), cancellationToken));

    private static async Task<Ok<DemoDayProgressDto>> Progress(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetScoringProgressQuery(id), cancellationToken));

    private static async Task<Accepted<ResultsQueuedResponse>> Close(Guid id, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/v1/demo-days/{id}/results", new ResultsQueuedResponse(id, await sender.Send(new CloseDemoDayCommand(id, IfMatch.Version(ifMatch)), cancellationToken)));

    private static async Task<IResult> Results(
        Guid id,
        [FromQuery(Name = "method")][Description(MethodDescription)] string? method,
        HttpRequest request,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var results = await sender.Send(new GetResultsQuery(id, method), cancellationToken);
        var wantsCsv = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(DemoDayResultsCsv.ContentType, StringComparison.OrdinalIgnoreCase));
        return wantsCsv ? TypedResults.Text(DemoDayResultsCsv.Write(results), DemoDayResultsCsv.ContentType) : TypedResults.Ok(results);
    }

    private static async Task<ContentHttpResult> ResultsCsv(
        Guid id,
        [FromQuery(Name = "method")][Description(MethodDescription)] string? method,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Text(DemoDayResultsCsv.Write(await sender.Send(new GetResultsQuery(id, method), cancellationToken)), DemoDayResultsCsv.ContentType);

    private static async Task<Created<DemoDayCreatedResponse>> GiveAward(
        Guid id, GiveAwardRequest request, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        var awardId = await sender.Send(new GiveAwardCommand(id, request.Category, request.PitchId, IfMatch.Version(ifMatch)), cancellationToken);
        return TypedResults.Created($"/api/v1/demo-days/{id}", new DemoDayCreatedResponse(awardId));
    }

    private static async Task<Ok<DemoDayStatusResponse>> Publish(Guid id, [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new DemoDayStatusResponse(id, await sender.Send(new PublishResultsCommand(id, IfMatch.Version(ifMatch)), cancellationToken)));
}
