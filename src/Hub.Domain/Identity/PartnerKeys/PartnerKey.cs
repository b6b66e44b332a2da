using Hub.Domain.Common;

namespace Hub.Domain.Identity.PartnerKeys;

/// <summary>A partner system's credential. Only a hash of the secret is kept; the secret is shown once.</summary>
public sealed class PartnerKey : AggregateRoot<PartnerKeyId>
{
    private List<string> _scopes = [];

    private PartnerKey()
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The first characters of the key, shown in lists so a partner can tell its keys apart.</summary>
    public string Prefix { get; private set; } = string.Empty;

    public string KeyHash { get; private set; } = string.Empty;

    public IReadOnlyList<string> Scopes => _scopes;

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static PartnerKey Issue(string name, IEnumerable<string> scopes, string prefix, string keyHash, Guid createdBy, DateTimeOffset now)
    {
        var scopeList = scopes.Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (scopeList.Count == 0)
        {
            throw new InvalidValueException("scopes", "A partner key needs at least one scope.");
        }

        var unknown = scopeList.FirstOrDefault(s => !PartnerScopes.IsKnown(s));
        if (unknown is not null)
        {
            throw new InvalidValueException("scopes", $"'{unknown}' is not a scope. Scopes: {string.Join(", ", PartnerScopes.All)}.");
        }

        return new PartnerKey
        {
            Id = PartnerKeyId.New(),
            Name = Guard.Text(name, "name", 200),
            _scopes = scopeList,
            Prefix = prefix,
            KeyHash = keyHash,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new StateConflictException("partner-key.revoked", "This partner key is already revoked.");
        }

        RevokedAt = now;
    }
}
