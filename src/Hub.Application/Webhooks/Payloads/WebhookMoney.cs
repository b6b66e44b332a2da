namespace Hub.Application.Webhooks.Payloads;

public sealed record WebhookMoney(decimal Amount, string Currency);
