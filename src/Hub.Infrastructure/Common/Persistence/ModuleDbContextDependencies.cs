using Hub.Infrastructure.Common.Messaging;
using Hub.Infrastructure.Common.Outbox;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>The services every module's DbContext needs to save: bundled so a module's context stays one line.</summary>
internal sealed record ModuleDbContextDependencies(DomainEventDispatcher DomainEvents, OutboxCollector Outbox, MessageSignal Signal, TimeProvider Clock);
