using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Contracts;

/// <summary>Looks a person up by e-mail (case-insensitive); null when there is no such account.</summary>
[AllowModuleCallers]
public sealed record FindPersonByEmailQuery(string Email) : IQuery<IdentityPersonDto?>;
