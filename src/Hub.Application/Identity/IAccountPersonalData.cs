using Hub.Application.Identity.Contracts;

namespace Hub.Application.Identity;

/// <summary>What the account store holds about a person, for their export, and its erasure (the GDPR's access and erasure rights).</summary>
public interface IAccountPersonalData
{
    Task<IdentityPersonalDataDto?> ExportAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Anonymises the account for good; a second call finds it anonymised and does nothing. Unknown person: 404; the last
    /// admin: refused (422).
    /// </summary>
    Task EraseAsync(Guid userId, CancellationToken cancellationToken);
}
