using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Commands.AdvanceDueIntakes;

/// <summary>The safety net: opens and closes every intake whose moment has passed. Answers how many changed.</summary>
[AllowSystemOnly]
public sealed record AdvanceDueIntakesCommand : ICommand<int>;
