using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Training.Queries.VerifyCertificate;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Training;

/// <summary>Public verification of a training certificate by its code, for banks and employers.</summary>
internal sealed class CertificatesEndpoints : IEndpointGroup
{
    public static string Prefix => "/certificates";

    public static string Tag => "Certificates";

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{code}", Verify)
            .WithName("VerifyCertificate")
            .WithSummary("Verify a certificate")
            .WithDescription("Open to anyone without signing in: the holder's name, the module, the hours and the date of issue; 404 for an unknown code.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<VerifyCertificateQuery>();

    private static async Task<Ok<TrainingCertificateVerificationDto>> Verify(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new VerifyCertificateQuery(code), cancellationToken));
}
