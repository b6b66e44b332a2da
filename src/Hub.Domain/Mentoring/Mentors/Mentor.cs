using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentors;

/// <summary>A mentor of the hub, linked to a person's account with the Mentor role.</summary>
public sealed class Mentor : AggregateRoot<MentorId>
{
    private readonly List<MentorConflict> _conflicts = [];

    private Mentor()
    {
    }

    public Guid UserId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    public string Country { get; private set; } = string.Empty;

    /// <summary>An IANA time zone, e.g. Europe/Ljubljana.</summary>
    public string TimeZone { get; private set; } = string.Empty;

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public IReadOnlyList<string> Expertise { get; private set; } = [];

    /// <summary>How many ventures the mentor takes on at once.</summary>
    public int Capacity { get; private set; }

    public string Bio { get; private set; } = string.Empty;

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<MentorConflict> Conflicts => _conflicts;

    public static Mentor Register(Guid userId, string email, MentorProfile profile, DateTimeOffset now)
    {
        var mentor = new Mentor
        {
            Id = MentorId.New(),
            UserId = userId,
            Email = Guard.Text(email, "email", 256).ToLowerInvariant(),
            Active = true,
            CreatedAt = now,
        };
        mentor.Edit(profile, active: true);
        return mentor;
    }

    public void Edit(MentorProfile profile, bool active)
    {
        FullName = profile.FullName;
        Country = profile.Country;
        TimeZone = profile.TimeZone;
        Languages = profile.Languages;
        Expertise = profile.Expertise;
        Capacity = profile.Capacity;
        Bio = profile.Bio;
        Active = active;
    }

    /// <summary>
    /// The mentor was erased under the GDPR: name, e-mail and bio go (the e-mail becomes a placeholder that reaches
    /// nobody) and they are no longer active, so matching never proposes them again; country, expertise, capacity and
    /// mentorships stay for the counts.
    /// </summary>
    public void ErasePersonalData()
    {
        FullName = ErasedPerson.Name;
        Email = $"erased-{UserId:N}@erased.invalid";
        Bio = string.Empty;
        Active = false;
    }

    public bool HasConflictWith(Guid applicationId) => _conflicts.Any(c => c.ApplicationId == applicationId);

    public void DeclareConflict(Guid applicationId, string reason, Guid declaredBy, DateTimeOffset now)
    {
        if (HasConflictWith(applicationId))
        {
            throw new StateConflictException("mentor.conflict-declared", "A conflict of interest with this application is already declared.");
        }

        _conflicts.Add(new MentorConflict(applicationId, Guard.Text(reason, "reason", 1000), declaredBy, now));
    }
}
