using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Applicants.Commands.ScheduleIntake;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Queries.ListIntakes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Applicants;

/// <summary>The intakes founders apply to: scheduled by managers, open to anyone to read.</summary>
internal sealed class IntakesEndpoints : IEndpointGroup
{
    public static string Prefix => "/intakes";

    public static string Tag => "Intakes";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", ScheduleIntake)
            .WithName("ScheduleIntake")
            .WithSummary("Schedule an intake")
            .WithDescription("An intake opens for applications at opensAt and closes at closesAt; capacity is the number of seats for accepted founders.")
            .ProducesValidationProblem()
            .Sends<ScheduleIntakeCommand>();

        group.MapGet("/", ListIntakes)
            .WithName("ListIntakes")
            .WithSummary("List intakes")
            .ProducesValidationProblem()
            .Sends<ListIntakesQuery>();

        group.MapGet("/{id:guid}", GetIntake)
            .WithName("GetIntake")
            .WithSummary("Get an intake")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetIntakeQuery>();
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
}
