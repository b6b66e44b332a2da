using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Training.Commands.CreateProgramme;
using Hub.Application.Training.Commands.ScheduleSession;
using Hub.Application.Training.Queries.GetProgramme;
using Hub.Application.Training.Queries.ListParticipants;
using Hub.Application.Training.Queries.ListProgrammes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Training;

/// <summary>Programmes for an intake's cohort: every founder accepted into the intake is enrolled, within seconds.</summary>
internal sealed class TrainingProgrammesEndpoints : IEndpointGroup
{
    public static string Prefix => "/training/programmes";

    public static string Tag => "Training";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Create)
            .WithName("CreateTrainingProgramme")
            .WithSummary("Create a training programme")
            .WithDescription("For the cohort of an intake: founders accepted before it are enrolled at once, those accepted later within seconds. An unknown intake is a 422 (`intake.unknown`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<CreateProgrammeCommand>();

        group.MapGet("/", List)
            .WithName("ListTrainingProgrammes")
            .WithSummary("List training programmes")
            .ProducesValidationProblem()
            .Sends<ListProgrammesQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetTrainingProgramme")
            .WithSummary("Get a training programme")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetProgrammeQuery>();

        group.MapGet("/{id:guid}/participants", Participants)
            .WithName("ListTrainingParticipants")
            .WithSummary("List a programme's participants")
            .WithDescription("The founders enrolled, by name. A trainer sees the participants of programmes they run sessions in.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<ListParticipantsQuery>();

        group.MapPost("/{id:guid}/sessions", Schedule)
            .WithName("ScheduleTrainingSession")
            .WithSummary("Schedule a training session")
            .WithDescription("On one module, run by a trainer, in person (venue) or as a webinar (link), 1–720 minutes. startsAt may lie in the past: a session already held is recorded after the fact.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<ScheduleSessionCommand>();
    }

    private static async Task<Created<TrainingCreatedResponse>> Create(TrainingProgrammeRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateProgrammeCommand(request.Name, request.IntakeId), cancellationToken);
        return TypedResults.Created($"/api/v1/training/programmes/{id}", new TrainingCreatedResponse(id));
    }

    private static async Task<Ok<ListResponse<TrainingProgrammeDto>>> List(
        [FromQuery(Name = "intakeId")][Description("Only the programmes of this intake.")] Guid? intakeId,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<TrainingProgrammeDto>.From(await sender.Send(new ListProgrammesQuery(intakeId, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<TrainingProgrammeDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProgrammeQuery(id), cancellationToken));

    private static async Task<Ok<ListResponse<TrainingParticipantDto>>> Participants(Guid id, [AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<TrainingParticipantDto>.From(await sender.Send(new ListParticipantsQuery(id, page.ToPageRequest()), cancellationToken)));

    private static async Task<Created<TrainingCreatedResponse>> Schedule(Guid id, TrainingSessionRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var sessionId = await sender.Send(
            new ScheduleSessionCommand(id, request.ModuleId, request.Title, request.StartsAt, request.DurationMinutes, request.Mode, request.Venue, request.Link, request.TrainerUserId),
            cancellationToken);
        return TypedResults.Created($"/api/v1/training/sessions/{sessionId}", new TrainingCreatedResponse(sessionId));
    }
}
