namespace Hub.Api.Identity;

/// <summary>The new key, shown this once: only its hash is stored.</summary>
public sealed record PartnerKeyCreatedResponse(Guid Id, string Key);
