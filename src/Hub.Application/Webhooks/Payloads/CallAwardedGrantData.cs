namespace Hub.Application.Webhooks.Payloads;

public sealed record CallAwardedGrantData(Guid ProposalId, int Rank, WebhookMoney Amount);
