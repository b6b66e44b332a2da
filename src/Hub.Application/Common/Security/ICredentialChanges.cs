using Microsoft.Extensions.Primitives;

namespace Hub.Application.Common.Security;

/// <summary>
/// Tells the authentication caches of this instance that what they hold went out of date: a person's account changed
/// (locked out, new password, a sign-in ended) or a partner key was revoked. Other instances find out when their
/// entries expire (ADR 0021).
/// </summary>
public interface ICredentialChanges
{
    /// <summary>Fires when the account of <paramref name="userId"/> changes on this instance.</summary>
    IChangeToken OfPerson(Guid userId);

    /// <summary>Fires when any partner key changes on this instance.</summary>
    IChangeToken OfPartnerKeys();
}
