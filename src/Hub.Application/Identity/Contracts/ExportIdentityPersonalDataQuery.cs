using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Contracts;

/// <summary>Everything Identity holds about a person, for their data export; null when there is no such account.</summary>
[AllowModuleCallers]
public sealed record ExportIdentityPersonalDataQuery(Guid UserId) : IQuery<IdentityPersonalDataDto?>;
