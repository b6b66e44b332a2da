using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Mentoring.Queries.GetFounderMentoringHours;
using Hub.Application.Mentoring.Queries.GetMentorHours;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Mentoring;

/// <summary>Mentoring figures per founder.</summary>
internal sealed class MentoringEndpoints : IEndpointGroup
{
    public static string Prefix => "/mentoring";

    public static string Tag => "Mentoring";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/founders/{founderUserId:guid}/hours", FounderHours)
            .WithName("GetFounderMentoringHours")
            .WithSummary("A founder's mentoring hours")
            .WithDescription("Over all the founder's mentorships: staff, partners with mentoring:read, and that founder (404 for another founder).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetFounderMentoringHoursQuery>();

    private static async Task<Ok<MentoringHoursDto>> FounderHours(Guid founderUserId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetFounderMentoringHoursQuery(founderUserId), cancellationToken));
}
