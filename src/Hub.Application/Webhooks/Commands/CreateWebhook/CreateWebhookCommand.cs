using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Commands.CreateWebhook;

/// <summary>Subscribes a URL to events; the secret signs every delivery and is never shown again.</summary>
[AllowRoles(Roles.Admin)]
public sealed record CreateWebhookCommand(string Url, IReadOnlyList<string> Events, string Secret) : ICommand<Guid>;
