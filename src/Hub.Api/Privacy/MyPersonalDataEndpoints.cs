using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Privacy.Queries.ExportMyPersonalData;
using Hub.Application.Privacy.Queries.ExportPersonalData;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Privacy;

/// <summary>The signed-in person's own data (the GDPR's right of access).</summary>
internal sealed class MyPersonalDataEndpoints : IEndpointGroup
{
    public static string Prefix => "/me/personal-data";

    public static string Tag => "Personal data";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Export)
            .WithName("ExportMyPersonalData")
            .WithSummary("Download all data the hub holds about me")
            .WithDescription("One JSON document, a section per module (account, applications, training, mentoring, seed capital, Demo Day), sent as a file to save (Content-Disposition: attachment). Any signed-in person, for themselves only.")
            .Sends<ExportMyPersonalDataQuery>();

    private static async Task<Ok<PrivacyPersonalDataDto>> Export(HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
        PersonalDataDownload.Of(await sender.Send(new ExportMyPersonalDataQuery(), cancellationToken), response);
}
