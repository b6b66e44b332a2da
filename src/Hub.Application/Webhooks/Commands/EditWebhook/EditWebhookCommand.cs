using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Webhooks.Commands.EditWebhook;

/// <summary>Changes a subscription's URL, events and activity, and its secret when one is given.</summary>
[AllowRoles(Roles.Admin)]
public sealed record EditWebhookCommand(Guid Id, string Url, IReadOnlyList<string> Events, bool Active, string? Secret, uint? ExpectedVersion) : ICommand<uint>;
