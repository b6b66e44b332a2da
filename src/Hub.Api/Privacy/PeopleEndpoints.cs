using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Privacy.Commands.ErasePerson;
using Hub.Application.Privacy.Queries.ExportPersonalData;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Privacy;

/// <summary>A person's data under the GDPR, as staff handle it: a subject-access export and an erasure.</summary>
internal sealed class PeopleEndpoints : IEndpointGroup
{
    public static string Prefix => "/people";

    public static string Tag => "Personal data";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{userId:guid}/personal-data", Export)
            .WithName("ExportPersonalData")
            .WithSummary("Download all data the hub holds about a person")
            .WithDescription("For a subject-access request made to the hub's staff: the same document a person downloads from /me/personal-data.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<ExportPersonalDataQuery>();

        group.MapPost("/{userId:guid}/erasure", Erase)
            .WithName("ErasePerson")
            .WithSummary("Erase a person")
            .WithDescription("Anonymises the person's account at once (placeholder e-mail and name, no phone or password, signed out and locked for good), then every module removes or anonymises the personal fields it holds, keeping the anonymous counts. Answers the erasure log entry's id; the log never holds the erased data. 409 when the person is already erased, 422 for the last admin.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<ErasePersonCommand>();
    }

    private static async Task<Ok<PrivacyPersonalDataDto>> Export(Guid userId, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        PersonalDataDownload.Of(await sender.Send(new ExportPersonalDataQuery(userId), cancellationToken), response);

    private static async Task<Accepted<ErasureAcceptedResponse>> Erase(Guid userId, ErasePersonRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new ErasePersonCommand(userId, request.Reason), cancellationToken);
        return TypedResults.Accepted($"/api/v1/erasures/{id}", new ErasureAcceptedResponse(id));
    }
}
