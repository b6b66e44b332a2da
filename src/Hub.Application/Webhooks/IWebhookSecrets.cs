namespace Hub.Application.Webhooks;

/// <summary>Keeps subscription secrets unreadable at rest; the hub needs them back in clear to sign.</summary>
public interface IWebhookSecrets
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
