using Hub.Domain.Common;

namespace Hub.Domain.Training.Cohorts;

/// <summary>
/// Training's own record of a founder accepted into an intake, kept from Applicants' acceptance events, so a
/// programme created later enrols those accepted before it.
/// </summary>
public sealed class CohortMember : AggregateRoot<CohortMemberId>
{
    public const int MaxNameLength = 200;

    private CohortMember()
    {
    }

    public Guid IntakeId { get; private set; }

    public Guid FounderUserId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>The member was erased under the GDPR: the name goes, the membership stays for the counts.</summary>
    public void ErasePersonalData() => FullName = ErasedPerson.Name;

    public static CohortMember Accepted(Guid intakeId, Guid founderUserId, Guid applicationId, string fullName, DateTimeOffset acceptedAt) =>
        new()
        {
            Id = CohortMemberId.New(),
            IntakeId = intakeId,
            FounderUserId = founderUserId,
            ApplicationId = applicationId,
            FullName = Guard.Text(fullName, "fullName", MaxNameLength),
            AcceptedAt = acceptedAt,
        };
}
