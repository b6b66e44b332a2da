using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.Applicants.Commands.DecideApplication;
using Hub.Application.Applicants.Commands.DraftApplication;
using Hub.Application.Applicants.Commands.EditDraftApplication;
using Hub.Application.Applicants.Commands.SubmitApplication;
using Hub.Application.Applicants.Commands.WithdrawApplication;
using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Applicants;

/// <summary>
/// Founders' applications to an intake: Draft → Submitted → Accepted / Rejected / Waitlisted, or Withdrawn. Roles and
/// scopes come from the requests; whose application it is (a founder: only their own) from the handlers.
/// </summary>
internal sealed class ApplicationsEndpoints : IEndpointGroup
{
    private const string ETagDescription = "The application's version, to send as If-Match with the next change.";

    public static string Prefix => "/applications";

    public static string Tag => "Applications";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Draft)
            .WithName("DraftApplication")
            .WithSummary("Draft an application")
            .WithDescription("Starts a draft in an intake that has not closed. A founder applies for themself; staff and partners name the founder's user id.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<DraftApplicationCommand>();

        group.MapGet("/", List)
            .WithName("ListApplications")
            .WithSummary("List applications")
            .WithDescription("Filtered by intake and status, newest first. A founder sees only their own.")
            .ProducesValidationProblem()
            .Sends<ListApplicationsQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetApplication")
            .WithSummary("Get an application")
            .WithDescription("Every field that was posted, the status and the decision. The ETag header is the version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetApplicationQuery>();

        group.MapPut("/{id:guid}", Edit)
            .WithName("EditApplication")
            .WithSummary("Edit a draft application")
            .WithDescription("Replaces the draft's fields and answers with what was saved. Send If-Match to refuse the edit when someone changed it since.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<EditDraftApplicationCommand>();

        group.MapPost("/{id:guid}/submit", Submit)
            .WithName("SubmitApplication")
            .WithSummary("Submit a draft application")
            .WithDescription("Refused with 422 before the intake opens or after it closes.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<SubmitApplicationCommand>();

        group.MapPost("/{id:guid}/decision", Decide)
            .WithName("DecideApplication")
            .WithSummary("Decide on a submitted application")
            .WithDescription("Accept, reject or waitlist, with a reason. Accepting takes a seat of the intake (422 when none is left).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<DecideApplicationCommand>();

        group.MapPost("/{id:guid}/withdraw", Withdraw)
            .WithName("WithdrawApplication")
            .WithSummary("Withdraw an application")
            .WithDescription("The founder steps back; an accepted founder's seat goes back to the intake.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<WithdrawApplicationCommand>();
    }

    private static async Task<Created<ApplicationStatusResponse>> Draft(ApplicationRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var drafted = await sender.Send(
            new DraftApplicationCommand(
                request.IntakeId, request.FounderUserId, request.VentureName, request.Sector, request.Description,
                request.Founder.ToDetails(), request.TeamMembers.ToDetails()),
            cancellationToken);
        return TypedResults.Created($"/api/v1/applications/{drafted.Id}", new ApplicationStatusResponse(drafted.Id, drafted.Status));
    }

    private static async Task<Ok<ListResponse<ApplicantsApplicationSummaryDto>>> List(
        [FromQuery(Name = "intakeId")][Description("Only applications to this intake.")] Guid? intakeId,
        [FromQuery(Name = "status")][Description("Only applications in this status.")][OpenApiEnum(typeof(ApplicationStatus))] string? status,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<ApplicantsApplicationSummaryDto>.From(
            await sender.Send(new ListApplicationsQuery(intakeId, string.IsNullOrWhiteSpace(status) ? null : status, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<ApplicantsApplicationDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetApplicationQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(application.Version);
        return TypedResults.Ok(application);
    }

    private static async Task<Ok<ApplicantsApplicationDto>> Edit(
        Guid id,
        ApplicationEditRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        // The edit answers with what it saved: a partner that may write but not read gets it too.
        var application = await sender.Send(
            new EditDraftApplicationCommand(
                id, IfMatch.Version(ifMatch), request.VentureName, request.Sector, request.Description,
                request.Founder.ToDetails(), request.TeamMembers.ToDetails()),
            cancellationToken);
        response.Headers.ETag = IfMatch.ETag(application.Version);
        return TypedResults.Ok(application);
    }

    private static async Task<Ok<ApplicationStatusResponse>> Submit(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicationStatusResponse(id, await sender.Send(new SubmitApplicationCommand(id), cancellationToken)));

    private static async Task<Ok<ApplicationStatusResponse>> Decide(
        Guid id,
        DecisionRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicationStatusResponse(id, await sender.Send(new DecideApplicationCommand(id, request.Decision, request.Reason, IfMatch.Version(ifMatch)), cancellationToken)));

    private static async Task<Ok<ApplicationStatusResponse>> Withdraw(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicationStatusResponse(id, await sender.Send(new WithdrawApplicationCommand(id), cancellationToken)));
}
