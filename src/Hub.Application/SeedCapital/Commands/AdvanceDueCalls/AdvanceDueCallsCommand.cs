using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AdvanceDueCalls;

/// <summary>The safety net: opens and closes every call whose moment has passed. Answers how many changed.</summary>
[AllowSystemOnly]
public sealed record AdvanceDueCallsCommand : ICommand<int>;
