using Hub.Domain.Common;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions.Events;

namespace Hub.Domain.Training.TrainingSessions;

/// <summary>A session of a programme on one training module, run by a trainer in person or as a webinar, and its attendance register.</summary>
public sealed class TrainingSession : AggregateRoot<TrainingSessionId>
{
    public const int MinDurationMinutes = 1;
    public const int MaxDurationMinutes = 720;
    public const int MaxTitleLength = 200;
    public const int MaxVenueLength = 200;
    public const int MaxLinkLength = 500;

    /// <summary>Moments outside these are typing mistakes.</summary>
    public static readonly DateTimeOffset EarliestStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset LatestStart = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<AttendanceEntry> _attendance = [];
    private readonly List<AttendanceCorrection> _corrections = [];
    private readonly List<SessionReminder> _reminders = [];

    private TrainingSession()
    {
    }

    public TrainingProgrammeId ProgrammeId { get; private set; }

    public TrainingModuleId ModuleId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateTimeOffset StartsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public SessionMode Mode { get; private set; }

    public string? Venue { get; private set; }

    public string? Link { get; private set; }

    public Guid TrainerUserId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the register last changed; written on every change so two registers sent at once conflict.</summary>
    public DateTimeOffset? AttendanceTakenAt { get; private set; }

    public IReadOnlyList<AttendanceEntry> Attendance => _attendance;

    public IReadOnlyList<AttendanceCorrection> Corrections => _corrections;

    public IReadOnlyList<SessionReminder> Reminders => _reminders;

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    /// <summary>Schedules a session; <paramref name="startsAt"/> may lie in the past, for a session recorded after the fact.</summary>
    public static TrainingSession Schedule(
        TrainingProgramme programme, TrainingModule module, string title, DateTimeOffset startsAt, int durationMinutes,
        SessionMode mode, string? venue, string? link, Guid trainerUserId, Guid createdBy, DateTimeOffset now)
    {
        if (startsAt < EarliestStart || startsAt >= LatestStart)
        {
            throw new InvalidValueException("startsAt", $"'startsAt' must lie between {EarliestStart:yyyy-MM-dd} and {LatestStart:yyyy-MM-dd}.");
        }

        if (durationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw new InvalidValueException("durationMinutes", $"'durationMinutes' must be between {MinDurationMinutes} and {MaxDurationMinutes}.");
        }

        return new TrainingSession
        {
            Id = TrainingSessionId.New(),
            ProgrammeId = programme.Id,
            ModuleId = module.Id,
            Title = Guard.Text(title, "title", MaxTitleLength),
            StartsAt = startsAt.ToUniversalTime(),
            DurationMinutes = durationMinutes,
            Mode = mode,
            Venue = mode == SessionMode.InPerson ? Guard.Text(venue, "venue", MaxVenueLength) : null,
            Link = mode == SessionMode.Webinar ? WebinarLink(link) : null,
            TrainerUserId = trainerUserId,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public AttendanceStatus? StatusOf(Guid founderUserId) => _attendance.Find(a => a.FounderUserId == founderUserId)?.Status;

    /// <summary>
    /// Records the register for the listed participants: new lines are added, changed lines are corrected and the
    /// change audited (old → new, who, when). Every listed person must be enrolled in the session's programme.
    /// </summary>
    /// <returns>The participants whose attendance changed.</returns>
    public IReadOnlyList<Guid> RecordAttendance(TrainingProgramme programme, IReadOnlyCollection<AttendanceMark> marks, Guid recordedBy, DateTimeOffset now)
    {
        if (programme.Id != ProgrammeId)
        {
            throw new InvalidOperationException("The register belongs to the session's own programme.");
        }

        if (now < StartsAt)
        {
            throw new BusinessRuleException("session.not-started", $"Attendance can be taken once the session has started ({StartsAt:u}).");
        }

        var strangers = marks.Where(m => !programme.IsEnrolled(m.FounderUserId)).Select(m => m.FounderUserId).ToList();
        if (strangers.Count > 0)
        {
            throw new BusinessRuleException("attendance.not-enrolled", $"Not enrolled in the session's programme: {string.Join(", ", strangers.Take(10))}.");
        }

        var changed = new List<Guid>();
        foreach (var mark in marks)
        {
            var entry = _attendance.Find(a => a.FounderUserId == mark.FounderUserId);
            if (entry is null)
            {
                _attendance.Add(AttendanceEntry.Create(mark.FounderUserId, mark.Status, recordedBy, now));
                changed.Add(mark.FounderUserId);
            }
            else if (entry.Status != mark.Status)
            {
                _corrections.Add(AttendanceCorrection.Create(mark.FounderUserId, entry.Status, mark.Status, recordedBy, now));
                entry.Change(mark.Status, recordedBy, now);
                changed.Add(mark.FounderUserId);
            }
        }

        if (changed.Count > 0)
        {
            AttendanceTakenAt = now;
            Raise(new AttendanceRecordedDomainEvent(
                Id, ProgrammeId, ModuleId, changed, now, [.. changed.Where(id => StatusOf(id) == AttendanceStatus.Present)], StartsAt, DurationMinutes));
        }

        return changed;
    }

    /// <summary>Whether the participant is still to be reminded of the session, which starts within <paramref name="ahead"/>.</summary>
    public bool IsDueForReminder(Guid founderUserId, DateTimeOffset now, TimeSpan ahead) =>
        StartsAt > now && StartsAt <= now + ahead && !_reminders.Exists(r => r.FounderUserId == founderUserId);

    /// <summary>Records that the participant was reminded; once per participant and session.</summary>
    /// <returns>Whether the reminder is to be sent (false when it already was).</returns>
    public bool RecordReminder(Guid founderUserId, DateTimeOffset now)
    {
        if (_reminders.Exists(r => r.FounderUserId == founderUserId))
        {
            return false;
        }

        _reminders.Add(SessionReminder.Create(founderUserId, now));
        return true;
    }

    private static string WebinarLink(string? link)
    {
        var text = Guard.Text(link, "link", MaxLinkLength);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? text
            : throw new InvalidValueException("link", "'link' must be an http or https address.");
    }
}
