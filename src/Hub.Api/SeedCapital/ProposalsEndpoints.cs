using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.SeedCapital.Commands.EvaluateProposal;
using Hub.Application.SeedCapital.Commands.SubmitProposal;
using Hub.Application.SeedCapital.Queries.GetProposal;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.SeedCapital;

/// <summary>Proposals to calls: Draft → Submitted → Awarded | NotFunded, scored by the call's evaluators.</summary>
internal sealed class ProposalsEndpoints : IEndpointGroup
{
    public static string Prefix => "/proposals";

    public static string Tag => "Proposals";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", Get)
            .WithName("GetProposal")
            .WithSummary("Get a proposal")
            .WithDescription("Its founder, the call's evaluators (once submitted; with their own evaluation) and managers (with every evaluation) see it; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetProposalQuery>();

        group.MapPost("/{id:guid}/submit", Submit)
            .WithName("SubmitProposal")
            .WithSummary("Submit a draft proposal")
            .WithDescription("422 before the call opens, past closesAt or above maxGrant; 409 when it is not a draft.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<SubmitProposalCommand>();

        group.MapPost("/{id:guid}/evaluations", Evaluate)
            .WithName("EvaluateProposal")
            .WithSummary("Evaluate a proposal")
            .WithDescription("An evaluator of the proposal's call scores every criterion 0–10, or declares a conflict of interest (no scores kept). 201 the first time; sending again revises the evaluation (200) until the award (then 409).")
            .Produces<EvaluationRecordedResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<EvaluateProposalCommand>();
    }

    private static async Task<Ok<SeedCapitalProposalDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProposalQuery(id), cancellationToken));

    private static async Task<Ok<ProposalStatusResponse>> Submit(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ProposalStatusResponse(id, await sender.Send(new SubmitProposalCommand(id), cancellationToken)));

    private static async Task<Results<Created<EvaluationRecordedResponse>, Ok<EvaluationRecordedResponse>>> Evaluate(
        Guid id, EvaluationRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var first = await sender.Send(new EvaluateProposalCommand(id, request.ConflictOfInterest, request.Scores, request.Comment), cancellationToken);
        var recorded = new EvaluationRecordedResponse(id, request.ConflictOfInterest, !first);
        return first ? TypedResults.Created($"/api/v1/proposals/{id}", recorded) : TypedResults.Ok(recorded);
    }
}
