using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Mentoring.Commands;
using Hub.Application.Mentoring.Commands.PublishMatchingRun;
using Hub.Application.Mentoring.Commands.RequestMatchingRun;
using Hub.Application.Mentoring.Queries.GetMatchingRun;
using Hub.Domain.Mentoring.MatchingRuns;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Mentoring;

/// <summary>Optimal matching of an intake's accepted ventures to mentors, computed in the background.</summary>
internal sealed class MatchingRunsEndpoints : IEndpointGroup
{
    public static string Prefix => "/matching-runs";

    public static string Tag => "Matching runs";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Request)
            .WithName("RequestMatchingRun")
            .WithSummary("Start a matching run")
            .WithDescription("Queues the run; poll GET /matching-runs/{id} until Completed or Failed. It considers every accepted application of the intake without a Proposed or Active mentorship and every active mentor, honours pins (else Failed with the reason), never uses a forbidden, conflicted or language-less pair, matches as many applications as possible and, among those, maximises the total score.")
            .ProducesValidationProblem()
            .Sends<RequestMatchingRunCommand>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetMatchingRun")
            .WithSummary("Get a matching run")
            .WithDescription("status, totalScore (the sum of the assignments' scores), assignments, unmatched, and every candidate pair with its score, eligibility and reasons.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetMatchingRunQuery>();

        group.MapPost("/{id:guid}/publish", Publish)
            .WithName("PublishMatchingRun")
            .WithSummary("Publish a matching run")
            .WithDescription("Proposes each assignment to its mentor as a Proposed mentorship. 409 when the run is not Completed, already published, or overtaken by newer mentorships.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<PublishMatchingRunCommand>();
    }

    private static async Task<Created<MatchingRunCreatedResponse>> Request(MatchingRunRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new RequestMatchingRunCommand(
                request.IntakeId,
                [.. (request.Pins ?? []).Select(p => new PairDetails(p?.ApplicationId ?? Guid.Empty, p?.MentorId ?? Guid.Empty))],
                [.. (request.Forbids ?? []).Select(p => new PairDetails(p?.ApplicationId ?? Guid.Empty, p?.MentorId ?? Guid.Empty))]),
            cancellationToken);
        return TypedResults.Created($"/api/v1/matching-runs/{id}", new MatchingRunCreatedResponse(id, nameof(MatchingRunStatus.Queued)));
    }

    private static async Task<Ok<MentoringMatchingRunDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMatchingRunQuery(id), cancellationToken));

    private static async Task<Ok<PublishedRunResponse>> Publish(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PublishedRunResponse(id, await sender.Send(new PublishMatchingRunCommand(id), cancellationToken)));
}
