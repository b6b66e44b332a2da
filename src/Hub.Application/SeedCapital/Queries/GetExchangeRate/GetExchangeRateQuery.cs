using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Commands.RecordExchangeRate;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetExchangeRate;

/// <summary>The euro rate recorded for a currency on a day, or none: what a tranche approved that day is released at.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record GetExchangeRateQuery(string Currency, DateOnly Day) : IQuery<SeedCapitalExchangeRateDto?>;
