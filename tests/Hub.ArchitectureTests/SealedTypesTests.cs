using FluentValidation;
using Hub.Application.Common.Messaging;
using Mediator;

namespace Hub.ArchitectureTests;

/// <summary>Rules 9 and 10: handlers and validators are sealed (abstract bases, if ever needed, are left out).</summary>
public sealed class SealedTypesTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<>),
        typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IRequestHandler<>),
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IStreamCommandHandler<,>),
        typeof(IStreamQueryHandler<,>),
        typeof(IStreamRequestHandler<,>),
        typeof(IDomainEventHandler<>),
        typeof(IIntegrationEventHandler<>),
    ];

    private static IEnumerable<Type> ConcreteClasses =>
        HubAssemblies.OwnTypes.Where(t => t is { IsClass: true, IsAbstract: false });

    internal static IReadOnlyList<Type> Handlers { get; } =
        [.. ConcreteClasses.Where(t => HandlerInterfaces.Any(t.Implements))];

    internal static IReadOnlyList<Type> Validators { get; } =
        [.. ConcreteClasses.Where(t => t.DerivesFrom(typeof(AbstractValidator<>)))];

    [Fact]
    public void Handlers_are_found()
    {
        Assert.Contains(Handlers, t => t.Implements(typeof(ICommandHandler<,>)));
        Assert.Contains(Handlers, t => t.Implements(typeof(IQueryHandler<,>)));
        Assert.Contains(Handlers, t => t.Implements(typeof(IDomainEventHandler<>)));
    }

    [Fact]
    public void Handlers_are_sealed()
    {
        Offenders.AssertNone(Handlers.Where(t => !t.IsSealed), "Mediator and domain event handlers must be sealed");
    }

    [Fact]
    public void Validators_are_found()
    {
        Assert.NotEmpty(Validators);
    }

    [Fact]
    public void Validators_are_sealed()
    {
        Offenders.AssertNone(Validators.Where(t => !t.IsSealed), "FluentValidation validators must be sealed");
    }
}
