using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AdvanceCall;

/// <summary>Opens or closes one call when its moment has come; sent by the deadline job.</summary>
[AllowSystemOnly]
public sealed record AdvanceCallCommand(Guid CallId) : ICommand<string>;
