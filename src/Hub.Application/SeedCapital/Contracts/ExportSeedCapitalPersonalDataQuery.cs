using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.SeedCapital.Contracts;

/// <summary>Everything SeedCapital holds about a person, for their data export.</summary>
[AllowModuleCallers]
public sealed record ExportSeedCapitalPersonalDataQuery(Guid UserId) : IQuery<SeedCapitalPersonalDataDto>;
