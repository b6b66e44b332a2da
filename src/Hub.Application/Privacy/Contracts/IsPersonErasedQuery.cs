using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Privacy.Contracts;

/// <summary>
/// Whether a person was erased. A module that keeps personal fields from another module's event asks it after it
/// has stored them: an event raised before an erasure but handled after it must not bring the person's name back.
/// (Asked after the write, not before: an erasure that commits later reaches the module as its own event, after that write.)
/// </summary>
[AllowModuleCallers]
public sealed record IsPersonErasedQuery(Guid UserId) : IQuery<bool>;
