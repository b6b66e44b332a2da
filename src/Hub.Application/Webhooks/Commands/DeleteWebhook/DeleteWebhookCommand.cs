using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Commands.DeleteWebhook;

/// <summary>Removes a subscription with its delivery log; attempts still scheduled find nothing and stop.</summary>
[AllowRoles(Roles.Admin)]
public sealed record DeleteWebhookCommand(Guid Id) : ICommand;
