namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>The first answer to a key, kept to be replayed: status, the headers that matter, and the (protected) body.</summary>
public sealed record StoredResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body);
