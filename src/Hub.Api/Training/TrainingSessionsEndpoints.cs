using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.Training.Commands.RecordAttendance;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Application.Training.Queries.GetSession;
using Hub.Application.Training.Queries.ListAttendanceCorrections;
using Hub.Application.Training.Queries.ListSessions;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Training;

/// <summary>Sessions and their attendance registers. A trainer sees and keeps only the sessions they run; a founder sees those of their programmes.</summary>
internal sealed class TrainingSessionsEndpoints : IEndpointGroup
{
    public static string Prefix => "/training/sessions";

    public static string Tag => "Training";

    private const string RegisterETag = "The register's version, to send as If-Match with the next save.";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithName("ListTrainingSessions")
            .WithSummary("List training sessions")
            .WithDescription("By start time. Managers and partners see all, a trainer the sessions they run, a founder those of their programmes.")
            .ProducesValidationProblem()
            .Sends<ListSessionsQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetTrainingSession")
            .WithSummary("Get a training session")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetSessionQuery>();

        group.MapGet("/{id:guid}/attendance", GetAttendance)
            .WithName("GetTrainingAttendance")
            .WithSummary("Get a session's attendance register")
            .WithDescription("Every participant of the session's programme, with their venture, the hours they attended in the programme so far and their status once recorded. The ETag header (and `version`) is the register's version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", RegisterETag)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetAttendanceQuery>();

        group.MapPut("/{id:guid}/attendance", RecordAttendance)
            .WithName("RecordTrainingAttendance")
            .WithSummary("Record a session's attendance")
            .WithDescription("Present, Absent or Excused for the listed participants in one request, once the session has started. A change to a recorded line is a correction, kept in the audit trail. 422 for a person not enrolled in the session's programme. Send If-Match with the version the register was read at: a register saved meanwhile is then refused (409) rather than overwritten.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", RegisterETag)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<RecordAttendanceCommand>();

        group.MapGet("/{id:guid}/attendance/corrections", ListCorrections)
            .WithName("ListTrainingAttendanceCorrections")
            .WithSummary("List the corrections of a session's attendance")
            .WithDescription("The audit trail: whose line changed, from what to what, by whom and when, oldest first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<ListAttendanceCorrectionsQuery>();
    }

    private static async Task<Ok<ListResponse<TrainingSessionDto>>> List(
        [FromQuery(Name = "programmeId")][Description("Only the sessions of this programme.")] Guid? programmeId,
        [FromQuery(Name = "from")][Description("Only sessions starting at or after this moment.")] DateTimeOffset? from,
        [FromQuery(Name = "to")][Description("Only sessions starting before this moment.")] DateTimeOffset? to,
        [FromQuery(Name = "timeZone")][Description(TrainingTimeZoneQuery.Description)] string? timeZone,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<TrainingSessionDto>.From(await sender.Send(new ListSessionsQuery(programmeId, from, to, timeZone, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<TrainingSessionDto>> Get(
        Guid id, [FromQuery(Name = "timeZone")][Description(TrainingTimeZoneQuery.Description)] string? timeZone, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSessionQuery(id, timeZone), cancellationToken));

    private static async Task<Ok<TrainingAttendanceDto>> GetAttendance(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(new GetAttendanceQuery(id), cancellationToken));

    private static async Task<Ok<TrainingAttendanceDto>> RecordAttendance(
        Guid id,
        TrainingAttendanceRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        HttpResponse response,
        ISender sender,
        CancellationToken cancellationToken) =>
        WithETag(response, await sender.Send(
            new RecordAttendanceCommand(id, request.Entries?.Select(e => e is null ? null! : new AttendanceLine(e.FounderUserId, e.Status)).ToList(), IfMatch.Version(ifMatch)),
            cancellationToken));

    private static Ok<TrainingAttendanceDto> WithETag(HttpResponse response, TrainingAttendanceDto register)
    {
        response.Headers.ETag = IfMatch.ETag(register.Version);
        return TypedResults.Ok(register);
    }

    private static async Task<Ok<ListResponse<TrainingAttendanceCorrectionDto>>> ListCorrections(Guid id, [AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<TrainingAttendanceCorrectionDto>.From(await sender.Send(new ListAttendanceCorrectionsQuery(id, page.ToPageRequest()), cancellationToken)));
}
