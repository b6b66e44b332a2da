using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Training.Queries.GetFigures;
using Hub.Application.Training.Queries.GetProgress;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Training;

/// <summary>The learning ledger of a founder, and the training's aggregate figures.</summary>
internal sealed class TrainingProgressEndpoints : IEndpointGroup
{
    public static string Prefix => "/training";

    public static string Tag => "Training";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/progress/{founderUserId:guid}", GetProgress)
            .WithName("GetTrainingProgress")
            .WithSummary("Get a founder's training progress")
            .WithDescription("Hours attended per module and in total (with mentoring hours), the share of each module's planned hours, completions (at 80 % by default) and certificates. A founder sees only their own.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetProgressQuery>();

        group.MapGet("/figures", GetFigures)
            .WithName("GetTrainingFigures")
            .WithSummary("Get the training's aggregate figures")
            .WithDescription("Curriculum, programmes, participants, sessions, hours attended and certificates, in total and per module: no person named.")
            .Sends<GetFiguresQuery>();
    }

    private static async Task<Ok<TrainingProgressDto>> GetProgress(Guid founderUserId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProgressQuery(founderUserId), cancellationToken));

    private static async Task<Ok<TrainingFiguresDto>> GetFigures(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetFiguresQuery(), cancellationToken));
}
