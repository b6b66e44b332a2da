namespace Hub.Api.Webhooks;

public sealed record WebhookCreatedResponse(Guid Id);
