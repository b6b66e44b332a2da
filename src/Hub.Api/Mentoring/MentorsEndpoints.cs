using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Security;
using Hub.Application.Mentoring.Commands;
using Hub.Application.Mentoring.Commands.DeclareConflict;
using Hub.Application.Mentoring.Commands.EditMentor;
using Hub.Application.Mentoring.Commands.RegisterMentor;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Application.Mentoring.Queries.GetMentorHours;
using Hub.Application.Mentoring.Queries.ListMentors;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring;

/// <summary>The mentor directory: profiles, conflicts of interest and logged hours.</summary>
internal sealed class MentorsEndpoints : IEndpointGroup
{
    private const string ETagDescription = "The mentor's version, to send as If-Match with the next edit.";

    public static string Prefix => "/mentors";

    public static string Tag => "Mentors";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", Register)
            .WithName("RegisterMentor")
            .WithSummary("Add a mentor")
            .WithDescription("The account with that e-mail gets the Mentor role; a missing account is created without a usable password, and its holder is sent a one-time link to set one. capacity is how many ventures the mentor takes on at once; timeZone is an IANA zone.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RegisterMentorCommand>();

        group.MapGet("/", List)
            .WithName("ListMentors")
            .WithSummary("List mentors")
            .ProducesValidationProblem()
            .Sends<ListMentorsQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetMentor")
            .WithSummary("Get a mentor")
            .WithDescription("Conflicts of interest are listed for staff only. The ETag header is the version for If-Match.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetMentorQuery>();

        group.MapPut("/{id:guid}", Edit)
            .WithName("EditMentor")
            .WithSummary("Edit a mentor's profile")
            .WithDescription("Staff, or the mentor themself (403 for another mentor). Only staff may change active.")
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", ETagDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<EditMentorCommand>();

        group.MapPost("/{id:guid}/conflicts", DeclareConflict)
            .WithName("DeclareMentorConflict")
            .WithSummary("Declare a conflict of interest")
            .WithDescription("This mentor and this accepted application may never be matched. 409 when already declared.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<DeclareConflictCommand>();

        group.MapGet("/{id:guid}/hours", Hours)
            .WithName("GetMentorHours")
            .WithSummary("A mentor's logged hours")
            .WithDescription("Staff, partners with mentoring:read, and the mentor themself (403 for another mentor). groupMinutes count toward the group-mentoring target.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetMentorHoursQuery>();
    }

    private static async Task<Created<MentoringCreatedResponse>> Register(MentorRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new RegisterMentorCommand(
                request.Email,
                new MentorDetails(request.FullName, request.Country, request.TimeZone, request.Languages ?? [], request.Expertise ?? [], request.Capacity, request.Bio)),
            cancellationToken);
        return TypedResults.Created($"/api/v1/mentors/{id}", new MentoringCreatedResponse(id));
    }

    private static async Task<Ok<ListResponse<MentoringMentorDto>>> List(
        [FromQuery(Name = "active")][Description("Only active (true) or inactive (false) mentors.")] bool? active,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<MentoringMentorDto>.From(await sender.Send(new ListMentorsQuery(page.ToPageRequest(), active), cancellationToken)));

    private static async Task<Ok<MentoringMentorDto>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var mentor = await sender.Send(new GetMentorQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(mentor.Version);
        return TypedResults.Ok(mentor);
    }

    private static async Task<Ok<MentoringMentorDto>> Edit(
        Guid id,
        MentorEditRequest request,
        [FromHeader(Name = IfMatch.Header)][Description(IfMatch.Description)] string? ifMatch,
        ISender sender,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        await sender.Send(
            new EditMentorCommand(
                id,
                new MentorDetails(request.FullName, request.Country, request.TimeZone, request.Languages ?? [], request.Expertise ?? [], request.Capacity, request.Bio),
                request.Active,
                IfMatch.Version(ifMatch)),
            cancellationToken);
        var mentor = await sender.Send(new GetMentorQuery(id), cancellationToken);
        response.Headers.ETag = IfMatch.ETag(mentor.Version);
        return TypedResults.Ok(mentor);
    }

    private static async Task<Created<ConflictResponse>> DeclareConflict(Guid id, ConflictRequest request, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeclareConflictCommand(id, request.ApplicationId, request.Reason), cancellationToken);
        return TypedResults.Created($"/api/v1/mentors/{id}", new ConflictResponse(id, request.ApplicationId));
    }

    private static async Task<Ok<MentoringHoursDto>> Hours(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMentorHoursQuery(id), cancellationToken));
}
