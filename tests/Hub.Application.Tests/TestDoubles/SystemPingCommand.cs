using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Tests.TestDoubles;

[AllowSystemOnly]
internal sealed record SystemPingCommand : ICommand<string>;
