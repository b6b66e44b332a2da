namespace Hub.Application.Identity.Commands.IssuePartnerKey;

/// <summary>The new key: the only time its secret is ever shown.</summary>
public sealed record IssuedPartnerKey(Guid Id, string Key);
