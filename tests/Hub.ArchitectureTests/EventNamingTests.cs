using Hub.Application.Common.Messaging;
using Hub.Domain.Common;

namespace Hub.ArchitectureTests;

/// <summary>Rule 8: events are past-tense facts named for where they travel.</summary>
public sealed class EventNamingTests
{
    private static readonly IReadOnlyList<Type> IntegrationEvents =
        [.. HubAssemblies.OwnTypes.Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(IntegrationEvent)))];

    private static readonly IReadOnlyList<Type> DomainEvents =
        [.. HubAssemblies.OwnTypes.Where(t => t != typeof(IDomainEvent) && typeof(IDomainEvent).IsAssignableFrom(t))];

    [Fact]
    public void Events_are_found()
    {
        Assert.NotEmpty(IntegrationEvents);
        Assert.NotEmpty(DomainEvents);
    }

    [Fact]
    public void Integration_events_live_in_a_contracts_namespace()
    {
        Offenders.AssertNone(
            IntegrationEvents.Where(t => !t.Namespace!.EndsWith(".Contracts", StringComparison.Ordinal)),
            "Integration events are a module's public face and must live in Hub.Application.<Module>.Contracts");
    }

    [Fact]
    public void Integration_event_handlers_live_in_their_modules_IntegrationEventHandlers_folder()
    {
        var handlers = HubAssemblies.OwnTypes.Where(t => t is { IsClass: true, IsAbstract: false } && t.Implements(typeof(IIntegrationEventHandler<>)));
        Offenders.AssertNone(
            handlers.Where(t => t.Assembly != HubAssemblies.Application || !t.Namespace!.EndsWith(".IntegrationEventHandlers", StringComparison.Ordinal) || HubAssemblies.ModuleOf(t) == HubAssemblies.SharedModule),
            "A module's handlers of other modules' events live in Hub.Application.<Module>.IntegrationEventHandlers");
    }

    [Fact]
    public void Integration_events_are_named_integration_event()
    {
        Offenders.AssertNone(
            IntegrationEvents.Where(t => !HubAssemblies.PlainName(t).EndsWith("IntegrationEvent", StringComparison.Ordinal)),
            "Integration events must be named …IntegrationEvent");
    }

    [Fact]
    public void Domain_events_are_named_domain_event()
    {
        Offenders.AssertNone(
            DomainEvents.Where(t => !HubAssemblies.PlainName(t).EndsWith("DomainEvent", StringComparison.Ordinal)),
            "Domain events must be named …DomainEvent");
    }

    [Fact]
    public void Domain_events_live_in_the_domain()
    {
        Offenders.AssertNone(
            DomainEvents.Where(t => t.Assembly != HubAssemblies.Domain),
            "Domain events are raised by aggregates and belong in Hub.Domain");
    }
}
