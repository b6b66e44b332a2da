using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Training.Commands.AddTrainingModule;
using Hub.Application.Training.Queries.GetTrainingModule;
using Hub.Application.Training.Queries.ListTrainingModules;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Training;

/// <summary>The curriculum: modules and their topics, read by every signed-in person and partners with training:read.</summary>
internal sealed class TrainingModulesEndpoints : IEndpointGroup
{
    public static string Prefix => "/training/modules";

    public static string Tag => "Training";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithName("ListTrainingModules")
            .WithSummary("List the training modules")
            .WithDescription("The curriculum in its order, each module with its planned hours and topics (English and Mongolian).")
            .ProducesValidationProblem()
            .Sends<ListTrainingModulesQuery>();

        group.MapGet("/{id:guid}", Get)
            .WithName("GetTrainingModule")
            .WithSummary("Get a training module")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetTrainingModuleQuery>();

        group.MapPost("/", Add)
            .WithName("AddTrainingModule")
            .WithSummary("Add a training module")
            .WithDescription("A module with a unique code (409 when taken), its planned hours and its topics.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<AddTrainingModuleCommand>();
    }

    private static async Task<Ok<ListResponse<TrainingModuleDto>>> List([AsParameters] PageQuery page, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<TrainingModuleDto>.From(await sender.Send(new ListTrainingModulesQuery(page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<TrainingModuleDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetTrainingModuleQuery(id), cancellationToken));

    private static async Task<Created<TrainingCreatedResponse>> Add(TrainingModuleRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new AddTrainingModuleCommand(request.Code, request.Name, request.NameMn, request.PlannedHours, request.Topics?.Select(t => t is null ? null! : new TrainingTopicDetails(t.Title, t.TitleMn, t.Hours)).ToList()),
            cancellationToken);
        return TypedResults.Created($"/api/v1/training/modules/{id}", new TrainingCreatedResponse(id));
    }
}
