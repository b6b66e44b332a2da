using Hub.Application.Common.Messaging;

namespace Hub.Application.Privacy.Contracts;

/// <summary>
/// A manager erased a person: their account is already anonymised, and every module now removes or anonymises the
/// personal fields it holds about <paramref name="UserId"/> while keeping the rows its anonymous counts need.
/// </summary>
public sealed record PersonErasedIntegrationEvent(Guid ErasureId, Guid UserId, DateTimeOffset ErasedAt) : IntegrationEvent;
