using System.Text.Json.Serialization;
using Hub.Api.Common.OpenApi;
using Hub.Application.SeedCapital;
using Hub.Domain.SeedCapital;

namespace Hub.Api.SeedCapital;

/// <summary>Money as API.md writes it: the amount as a number or a decimal string with at most 2 decimals; the currency MNT unless said.</summary>
public sealed record SeedCapitalMoneyRequest(
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal Amount,
    [property: OpenApiEnum(typeof(Currency))] string? Currency)
{
    public MoneyInput ToInput() => new(Amount, string.IsNullOrWhiteSpace(Currency) ? null : Currency);
}
