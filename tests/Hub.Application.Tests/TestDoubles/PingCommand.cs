using Mediator;

namespace Hub.Application.Tests.TestDoubles;

/// <summary>A message for exercising the pipeline behaviours without any real handler.</summary>
internal sealed record PingCommand(string Text) : ICommand<string>;
