using System.Collections.Concurrent;
using Hub.Application.Common.Security;
using Microsoft.Extensions.Primitives;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// One cancellation per person (and one for all partner keys), cancelled when it changes and then replaced. A cancelled
/// one is not disposed: a reader may still be asking it for its token (without a timer it holds nothing to free).
/// </summary>
internal sealed class CredentialChanges : ICredentialChanges, IDisposable
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _people = new();
    private CancellationTokenSource _partnerKeys = new();

    public IChangeToken OfPerson(Guid userId) => new CancellationChangeToken(_people.GetOrAdd(userId, _ => new CancellationTokenSource()).Token);

    public IChangeToken OfPartnerKeys() => new CancellationChangeToken(Volatile.Read(ref _partnerKeys).Token);

    public void PersonChanged(Guid userId)
    {
        if (_people.TryRemove(userId, out var changed))
        {
            changed.Cancel();
        }
    }

    public void PartnerKeysChanged() => Interlocked.Exchange(ref _partnerKeys, new CancellationTokenSource()).Cancel();

    public void Dispose()
    {
        _partnerKeys.Dispose();
        foreach (var person in _people.Values)
        {
            person.Dispose();
        }
    }
}
