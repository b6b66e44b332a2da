using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.DemoDay.Contracts;

/// <summary>Everything DemoDay holds about a person, for their data export.</summary>
[AllowModuleCallers]
public sealed record ExportDemoDayPersonalDataQuery(Guid UserId) : IQuery<DemoDayPersonalDataDto>;
