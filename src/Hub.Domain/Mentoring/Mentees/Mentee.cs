using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentees;

/// <summary>Mentoring's own record of an accepted application (from Applicants' event): who may be matched, with what.</summary>
public sealed class Mentee : AggregateRoot<MenteeId>
{
    /// <summary>The cohort's founders are in Mongolia.</summary>
    public const string FounderTimeZone = "Asia/Ulaanbaatar";

    private Mentee()
    {
    }

    public Guid ApplicationId => Id.Value;

    public Guid IntakeId { get; private set; }

    public Guid FounderUserId { get; private set; }

    public string FounderFullName { get; private set; } = string.Empty;

    public string VentureName { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public string TimeZone { get; private set; } = FounderTimeZone;

    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>The founder was erased under the GDPR: the name goes, the record stays for matching history and counts.</summary>
    public void ErasePersonalData() => FounderFullName = ErasedPerson.Name;

    public static Mentee Record(
        Guid applicationId, Guid intakeId, Guid founderUserId, string founderFullName, string ventureName, string sector, IReadOnlyList<string> languages, DateTimeOffset acceptedAt) =>
        new()
        {
            Id = MenteeId.From(applicationId),
            IntakeId = intakeId,
            FounderUserId = founderUserId,
            FounderFullName = founderFullName,
            VentureName = ventureName,
            Sector = sector,
            Languages = [.. languages],
            AcceptedAt = acceptedAt,
        };
}
