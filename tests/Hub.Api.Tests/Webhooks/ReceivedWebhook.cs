namespace Hub.Api.Tests.Webhooks;

public sealed record ReceivedWebhook(byte[] Body, IReadOnlyDictionary<string, string> Headers);
