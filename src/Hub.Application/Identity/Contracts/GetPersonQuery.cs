using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Contracts;

/// <summary>The public way for any module to look up a person by user id; null when there is no such person.</summary>
[AllowModuleCallers]
public sealed record GetPersonQuery(Guid UserId) : IQuery<IdentityPersonDto?>;
