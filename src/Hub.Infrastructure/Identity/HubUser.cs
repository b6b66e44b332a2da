using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity;

/// <summary>A person's account: the one identity (by <see cref="IdentityUser{TKey}.Id"/>) that every module refers to.</summary>
internal sealed class HubUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The language the person chose for what the hub writes to them (<c>mn</c> or <c>en</c>); null until they choose.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>The IANA time zone the person reads times in; null for the hub's own (Asia/Ulaanbaatar).</summary>
    public string? PreferredTimeZone { get; set; }
}
