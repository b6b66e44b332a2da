using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Privacy.Commands.ErasePerson;

/// <summary>Erases a person under the GDPR: their account at once, every module's copies through an integration event. Answers the erasure's id.</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ErasePersonCommand(Guid UserId, string Reason) : ICommand<Guid>;
