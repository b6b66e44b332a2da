using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.RecordExchangeRate;

/// <summary>Records (or corrects) how many units of a currency buy one euro on a day.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record RecordExchangeRateCommand(string Currency, DateOnly Day, decimal UnitsPerEur) : ICommand<SeedCapitalExchangeRateDto>;
