using Hub.Application.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>Secrets encrypted with the hub's Data Protection key ring (kept in PostgreSQL, shared by every instance).</summary>
internal sealed class DataProtectionWebhookSecrets(IDataProtectionProvider provider) : IWebhookSecrets
{
    private readonly IDataProtector _protector = provider.CreateProtector("Hub.Webhooks.SubscriptionSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
