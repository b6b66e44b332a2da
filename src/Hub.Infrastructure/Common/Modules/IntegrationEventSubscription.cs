namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// One module's handler of one integration event. <see cref="Name"/> keys its inbox rows, so renaming a handler
/// type orphans the rows still pending for it.
/// </summary>
internal sealed record IntegrationEventSubscription(HubModuleDescriptor Module, Type EventType, Type HandlerType)
{
    public string Name => HandlerType.FullName!;
}
