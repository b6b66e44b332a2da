using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Applicants.Commands.DecideApplication;
using Hub.Application.Applicants.Commands.DraftApplication;
using Hub.Application.Applicants.Commands.EditDraftApplication;
using Hub.Application.Applicants.Commands.ScheduleIntake;
using Hub.Application.Applicants.Commands.SubmitApplication;
using Hub.Application.Applicants.Commands.WithdrawApplication;
using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Applicants.Queries.ListIntakes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Applicants;

internal sealed class ApplicantsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder api)
    {
        var intakes = api.MapGroup("/intakes").WithTags("Applicants");
        intakes.MapPost("/", ScheduleIntake).Sends<ScheduleIntakeCommand>();
        intakes.MapGet("/", ListIntakes).Sends<ListIntakesQuery>();
        intakes.MapGet("/{id:guid}", GetIntake).Sends<GetIntakeQuery>();

        // Roles and scopes come from the requests; whose application it is (a founder: only their own) from the handlers.
        var applications = api.MapGroup("/applications").WithTags("Applicants");
        applications.MapPost("/", Draft).Sends<DraftApplicationCommand>();
        applications.MapGet("/", List).Sends<ListApplicationsQuery>();
        applications.MapGet("/{id:guid}", Get).Sends<GetApplicationQuery>();
        applications.MapPut("/{id:guid}", Edit).Sends<EditDraftApplicationCommand>();
        applications.MapPost("/{id:guid}/submit", Submit).Sends<SubmitApplicationCommand>();
        applications.MapPost("/{id:guid}/decision", Decide).Sends<DecideApplicationCommand>();
        applications.MapPost("/{id:guid}/withdraw", Withdraw).Sends<WithdrawApplicationCommand>();
    }

    private static async Task<Created<IntakeCreatedResponse>> ScheduleIntake(ScheduleIntakeRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var intake = await sender.Send(new ScheduleIntakeCommand(request.Name, request.OpensAt, request.ClosesAt, request.Capacity), cancellationToken);
        return TypedResults.Created($"/api/v1/intakes/{intake.Id}", new IntakeCreatedResponse(intake.Id, intake.Status));
    }

    private static async Task<Ok<ListResponse<ApplicantsIntakeDto>>> ListIntakes([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<ApplicantsIntakeDto>.From(await sender.Send(new ListIntakesQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<ApplicantsIntakeDto>> GetIntake(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetIntakeQuery(id), cancellationToken));

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
        Guid? intakeId, string? status, [AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<ApplicantsApplicationSummaryDto>.From(
            await sender.Send(new ListApplicationsQuery(intakeId, string.IsNullOrWhiteSpace(status) ? null : status, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<ApplicantsApplicationDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var application = await sender.Send(new GetApplicationQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(application.Version);
        return TypedResults.Ok(application);
    }

    private static async Task<Ok<ApplicantsApplicationDto>> Edit(Guid id, ApplicationEditRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        // The edit answers with what it saved: a partner that may write but not read gets it too.
        var application = await sender.Send(
            new EditDraftApplicationCommand(
                id, IfMatch.Version(http.Request), request.VentureName, request.Sector, request.Description,
                request.Founder.ToDetails(), request.TeamMembers.ToDetails()),
            cancellationToken);
        http.Response.Headers.ETag = IfMatch.ETag(application.Version);
        return TypedResults.Ok(application);
    }

    private static async Task<Ok<ApplicationStatusResponse>> Submit(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicationStatusResponse(id, await sender.Send(new SubmitApplicationCommand(id), cancellationToken)));

    private static async Task<Ok<ApplicationStatusResponse>> Decide(Guid id, DecisionRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicationStatusResponse(id, await sender.Send(new DecideApplicationCommand(id, request.Decision, request.Reason, IfMatch.Version(http)), cancellationToken)));

    private static async Task<Ok<ApplicationStatusResponse>> Withdraw(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicationStatusResponse(id, await sender.Send(new WithdrawApplicationCommand(id), cancellationToken)));
}
