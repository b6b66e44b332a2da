namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>A POST carrying an <c>Idempotency-Key</c>: who sent it, the key, and what it asked (method, path, SHA-256 of the body).</summary>
public sealed record IdempotentRequest(string Caller, string Key, string Method, string Path, byte[] BodyHash);
