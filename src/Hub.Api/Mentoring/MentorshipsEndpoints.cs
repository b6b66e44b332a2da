using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.Mentoring.Commands.CloseMentorship;
using Hub.Application.Mentoring.Commands.ConfirmSession;
using Hub.Application.Mentoring.Commands.LogSession;
using Hub.Application.Mentoring.Commands.RespondToMentorship;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Application.Mentoring.Queries.ListMentorships;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring;

/// <summary>Mentorships: the mentor's answer to a proposal, the session log, the founder's confirmation, and the close.</summary>
internal sealed class MentorshipsEndpoints : IEndpointGroup
{
    public static string Prefix => "/mentorships";

    public static string Tag => "Mentorships";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithName("ListMentorships")
            .WithSummary("List mentorships")
            .WithDescription("Staff and partners with mentoring:read see all; a mentor sees their own, a founder theirs.")
            .ProducesValidationProblem()
            .Sends<ListMentorshipsQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetMentorship")
            .WithSummary("Get a mentorship with its sessions")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetMentorshipQuery>();

        group.MapPost("/{id:guid}/accept", Accept)
            .WithName("AcceptMentorship")
            .WithSummary("Accept a proposed mentorship")
            .WithDescription("That mentor only (403 for anyone else who may see it). 409 unless Proposed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RespondToMentorshipCommand>();

        group.MapPost("/{id:guid}/decline", Decline)
            .WithName("DeclineMentorship")
            .WithSummary("Decline a proposed mentorship")
            .WithDescription("That mentor only. The place is freed, and the venture is matched again by the next run.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RespondToMentorshipCommand>();

        group.MapPost("/{id:guid}/close", Close)
            .WithName("CloseMentorship")
            .WithSummary("Close an active mentorship with its outcome")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<CloseMentorshipCommand>();

        group.MapPost("/{id:guid}/sessions", LogSession)
            .WithName("LogMentoringSession")
            .WithSummary("Log a session")
            .WithDescription("That mentor only, on an Active mentorship. The minutes go to the founder's hours ledger; Group sessions count toward the group-mentoring target.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<LogSessionCommand>();

        group.MapPost("/{id:guid}/sessions/{sessionId:guid}/confirmation", Confirm)
            .WithName("ConfirmMentoringSession")
            .WithSummary("Confirm and rate a session")
            .WithDescription("The mentorship's founder only; rating 1–5. 409 when already confirmed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<ConfirmSessionCommand>();
    }

    private static async Task<Ok<ListResponse<MentoringMentorshipDto>>> List(
        [FromQuery(Name = "mentorId")][Description("Only mentorships of this mentor.")] Guid? mentorId,
        [FromQuery(Name = "status")][Description("Only mentorships in this status.")][OpenApiEnum(typeof(MentorshipStatus))] string? status,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<MentoringMentorshipDto>.From(
            await sender.Send(new ListMentorshipsQuery(page.ToPageRequest(), mentorId, string.IsNullOrWhiteSpace(status) ? null : status), cancellationToken)));

    private static async Task<Ok<MentoringMentorshipDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMentorshipQuery(id), cancellationToken));

    private static async Task<Ok<MentorshipStatusResponse>> Accept(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MentorshipStatusResponse(id, await sender.Send(new RespondToMentorshipCommand(id, Accept: true), cancellationToken)));

    private static async Task<Ok<MentorshipStatusResponse>> Decline(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MentorshipStatusResponse(id, await sender.Send(new RespondToMentorshipCommand(id, Accept: false), cancellationToken)));

    private static async Task<Ok<MentorshipStatusResponse>> Close(Guid id, CloseMentorshipRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MentorshipStatusResponse(id, await sender.Send(new CloseMentorshipCommand(id, request.Outcome), cancellationToken)));

    private static async Task<Created<MentoringCreatedResponse>> LogSession(Guid id, SessionRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var sessionId = await sender.Send(
            new LogSessionCommand(id, request.StartedAt, request.DurationMinutes, request.Format, request.Topics, request.Actions), cancellationToken);
        return TypedResults.Created($"/api/v1/mentorships/{id}", new MentoringCreatedResponse(sessionId));
    }

    private static async Task<NoContent> Confirm(Guid id, Guid sessionId, SessionConfirmationRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new ConfirmSessionCommand(id, sessionId, request.Rating, request.Comment), cancellationToken);
        return TypedResults.NoContent();
    }
}
