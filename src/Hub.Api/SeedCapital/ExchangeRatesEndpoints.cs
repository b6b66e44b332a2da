using System.ComponentModel;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.SeedCapital.Commands.RecordExchangeRate;
using Hub.Domain.SeedCapital;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital;

/// <summary>The euro rates of each day, which disbursements use for reporting to the EU.</summary>
internal sealed class ExchangeRatesEndpoints : IEndpointGroup
{
    public static string Prefix => "/exchange-rates";

    public static string Tag => "ExchangeRates";

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{currency}/{date}", Record)
            .WithName("RecordExchangeRate")
            .WithSummary("Record a day's euro rate")
            .WithDescription("How many units of the currency (MNT) buy one euro on that day (yyyy-MM-dd); recording it again corrects it. Tranches released that day use it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<RecordExchangeRateCommand>();

    private static async Task<Ok<SeedCapitalExchangeRateDto>> Record(
        [FromRoute(Name = "currency")][Description("The currency, e.g. MNT.")][OpenApiEnum(typeof(Currency))] string currency,
        [FromRoute(Name = "date")][Description("The day, yyyy-MM-dd.")] DateOnly date,
        ExchangeRateRequest request,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordExchangeRateCommand(currency, date, request.UnitsPerEur), cancellationToken));
}
