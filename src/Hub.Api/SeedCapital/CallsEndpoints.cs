using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.SeedCapital.Commands.AppointEvaluator;
using Hub.Application.SeedCapital.Commands.AwardCall;
using Hub.Application.SeedCapital.Commands.CreateCall;
using Hub.Application.SeedCapital.Commands.DraftProposal;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Hub.Application.SeedCapital.Queries.ListCallProposals;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Domain.SeedCapital.Calls;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital;

/// <summary>
/// Seed-capital calls and pilot competitions: Draft → Open → Closed (by the clock) → Awarded (by a manager, once).
/// Founders propose on an accepted application; appointed evaluators score; the award follows the rule of API.md.
/// </summary>
internal sealed class CallsEndpoints : IEndpointGroup
{
    private const string ETagDescription = "The call's version, to send as If-Match with the next change.";

    public static string Prefix => "/calls";

    public static string Tag => "Calls";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Create)
            .WithName("CreateCall")
            .WithSummary("Create a call")
            .WithDescription("A seed-capital call or pilot competition with a budget, a maximum grant, a minimum score and weighted criteria. It opens at opensAt and closes at closesAt by itself.")
            .ProducesValidationProblem()
            .Sends<CreateCallCommand>();

        group.MapGet("/", List)
            .WithName("ListCalls")
            .WithSummary("List calls")
            .WithDescription("Latest closing first, optionally of one kind. isEvaluator tells an evaluator which calls they sit on.")
            .ProducesValidationProblem()
            .Sends<ListCallsQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetCall")
            .WithSummary("Get a call")
            .WithDescription("The call's terms and its status by the clock; managers also see its evaluators. The ETag header is the version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetCallQuery>();

        group.MapPost("/{id:guid}/evaluators", AppointEvaluator)
            .WithName("AppointCallEvaluator")
            .WithSummary("Appoint an evaluator to a call")
            .WithDescription("The person must have the Evaluator role (422 otherwise); appointing someone twice is a 409, as is any change after the award.")
            .WithResponseHeader(StatusCodes.Status201Created, "ETag", ETagDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<AppointEvaluatorCommand>();

        group.MapPost("/{id:guid}/proposals", DraftProposal)
            .WithName("DraftProposal")
            .WithSummary("Draft a proposal to a call")
            .WithDescription("On an accepted application of the founder. 422 past closesAt, above maxGrant or without an accepted application; 409 for a second proposal of the same applicant to the call.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<DraftProposalCommand>();

        group.MapGet("/{id:guid}/proposals", ListProposals)
            .WithName("ListCallProposals")
            .WithSummary("List a call's proposals")
            .WithDescription("In order of submission. Managers see all, the call's evaluators the submitted ones, a founder their own; an evaluator of other calls gets 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<ListCallProposalsQuery>();

        group.MapPost("/{id:guid}/award", Award)
            .WithName("AwardCall")
            .WithSummary("Award a call")
            .WithDescription("Ranks the submitted proposals by the mean weighted score of their non-conflicted evaluations (at least 2, at least minScore; ties by earlier submission, then proposal id) and funds each full request that the remaining budget covers. Runs once: a second award is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<AwardCallCommand>();

        group.MapGet("/{id:guid}/award", GetAward)
            .WithName("GetCallAward")
            .WithSummary("Get a call's award")
            .WithDescription("The ranking and grants as the award computed them, who ran it and when; 404 until the call is awarded.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetCallAwardQuery>();
    }

    private static async Task<Created<CallCreatedResponse>> Create(CreateCallRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateCallCommand(
                request.Title, request.Kind, request.Budget?.ToInput()!, request.MaxGrant?.ToInput()!, request.MinScore, request.OpensAt, request.ClosesAt,
                request.EvaluationDeadline, request.Criteria?.Select(c => c is null ? null! : new CallCriterionInput(c.Name, c.Weight)).ToList()!, request.AllowTeamsWithoutApplication ?? false),
            cancellationToken);
        return TypedResults.Created($"/api/v1/calls/{created.Id}", new CallCreatedResponse(created.Id, created.Status));
    }

    private static async Task<Ok<ListResponse<SeedCapitalCallSummaryDto>>> List(
        [FromQuery(Name = "kind")][Description("Only calls of this kind.")][OpenApiEnum(typeof(CallKind))] string? kind,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<SeedCapitalCallSummaryDto>.From(
            await sender.Send(new ListCallsQuery(string.IsNullOrWhiteSpace(kind) ? null : kind, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<SeedCapitalCallDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var call = await sender.Send(new GetCallQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(call.Version);
        return TypedResults.Ok(call);
    }

    private static async Task<Created<EvaluatorAppointedResponse>> AppointEvaluator(
        Guid id,
        AppointEvaluatorRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var version = await sender.Send(new AppointEvaluatorCommand(id, request.UserId, IfMatch.Version(ifMatch)), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(version);
        return TypedResults.Created($"/api/v1/calls/{id}", new EvaluatorAppointedResponse(id, request.UserId));
    }

    private static async Task<Created<ProposalStatusResponse>> DraftProposal(Guid id, DraftProposalRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var proposalId = await sender.Send(
            new DraftProposalCommand(
                id, request.ApplicationId, request.TeamName, request.RequestedAmount?.ToInput()!, request.Summary,
                request.BudgetLines?.Select(l => l is null ? null! : new BudgetLineInput(l.Item, l.Amount)).ToList(),
                request.Milestones?.Select(m => m is null ? null! : new MilestoneInput(m.Title, m.DueOn, m.Amount)).ToList()),
            cancellationToken);
        return TypedResults.Created($"/api/v1/proposals/{proposalId}", new ProposalStatusResponse(proposalId, "Draft"));
    }

    private static async Task<Ok<ListResponse<SeedCapitalProposalSummaryDto>>> ListProposals(Guid id, [AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<SeedCapitalProposalSummaryDto>.From(await sender.Send(new ListCallProposalsQuery(id, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<SeedCapitalAwardDto>> Award(
        Guid id,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AwardCallCommand(id, IfMatch.Version(ifMatch)), cancellationToken));

    private static async Task<Ok<SeedCapitalAwardDto>> GetAward(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCallAwardQuery(id), cancellationToken));
}
