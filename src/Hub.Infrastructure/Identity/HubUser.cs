using Microsoft.AspNetCore.Identity;

namespace Hub.Infrastructure.Identity;

/// <summary>A person's account: the one identity (by <see cref="IdentityUser{TKey}.Id"/>) that every module refers to.</summary>
internal sealed class HubUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
