using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications.Events;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications;

/// <summary>
/// A founder's application to an intake with a venture idea and a team:
/// Draft → Submitted → Accepted | Rejected | Waitlisted (→ Accepted | Rejected), or Withdrawn by the founder.
/// </summary>
public sealed class ProgrammeApplication : AggregateRoot<ProgrammeApplicationId>
{
    public const int MaxTeamMembers = 20;

    private List<TeamMember> _teamMembers = [];

    private ProgrammeApplication()
    {
    }

    public IntakeId IntakeId { get; private set; }

    /// <summary>The founder's user account: the one person record every module refers to.</summary>
    public Guid FounderUserId { get; private set; }

    public string VentureName { get; private set; } = string.Empty;

    public Sector Sector { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public FounderProfile Founder { get; private set; } = null!;

    public IReadOnlyList<TeamMember> TeamMembers => _teamMembers;

    public ApplicationStatus Status { get; private set; }

    public Decision? Decision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Counts against the one-live-application-per-intake rule.</summary>
    public bool IsLive => Status != ApplicationStatus.Withdrawn;

    public static ProgrammeApplication Draft(
        Intake intake, Guid founderUserId, string ventureName, Sector sector, string description,
        FounderProfile founder, IEnumerable<TeamMember> teamMembers, DateTimeOffset now)
    {
        if (intake.StatusAt(now) == IntakeStatus.Closed)
        {
            throw new BusinessRuleException("intake.closed", $"Intake '{intake.Name}' closed for applications at {intake.ClosesAt:u}.");
        }

        var application = new ProgrammeApplication
        {
            Id = ProgrammeApplicationId.New(),
            IntakeId = intake.Id,
            FounderUserId = founderUserId,
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
        };
        application.Write(ventureName, sector, description, founder, teamMembers, now);
        return application;
    }

    public void EditDraft(string ventureName, Sector sector, string description, FounderProfile founder, IEnumerable<TeamMember> teamMembers, DateTimeOffset now)
    {
        EnsureStatus("application.not-draft", "Only a draft can be edited", ApplicationStatus.Draft);
        Write(ventureName, sector, description, founder, teamMembers, now);
    }

    public void Submit(Intake intake, DateTimeOffset now)
    {
        EnsureOf(intake);
        EnsureStatus("application.not-draft", "Only a draft can be submitted", ApplicationStatus.Draft);
        intake.EnsureAcceptsSubmissions(now);

        Status = ApplicationStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
        Raise(new ApplicationSubmittedDomainEvent(Id, IntakeId, FounderUserId, Founder.FullName, VentureName, now, Founder));
    }

    /// <summary>A manager's decision; accepting takes one of the intake's seats, so a full intake refuses it.</summary>
    public void Decide(Intake intake, DecisionOutcome outcome, string reason, Guid decidedBy, DateTimeOffset now)
    {
        EnsureOf(intake);
        if (!Enum.IsDefined(outcome))
        {
            throw new InvalidValueException("decision", $"'{outcome}' is not a decision.");
        }

        var allowed = Status == ApplicationStatus.Submitted
            || (Status == ApplicationStatus.Waitlisted && outcome != DecisionOutcome.Waitlist);
        if (!allowed)
        {
            throw new StateConflictException(
                "application.not-decidable",
                $"An application that is {Status} cannot be given the decision {outcome}: decide submitted applications, or accept or reject waitlisted ones.");
        }

        var decision = new Decision(outcome, Guard.Text(reason, "reason", 2000), decidedBy, now);
        if (outcome == DecisionOutcome.Accept)
        {
            intake.ReserveSeat();
        }

        Decision = decision;
        Status = outcome switch
        {
            DecisionOutcome.Accept => ApplicationStatus.Accepted,
            DecisionOutcome.Reject => ApplicationStatus.Rejected,
            _ => ApplicationStatus.Waitlisted,
        };
        UpdatedAt = now;
        Raise(new ApplicationDecidedDomainEvent(Id, IntakeId, FounderUserId, Founder.FullName, VentureName, Sector, Founder.Languages, Decision, now, Founder));
    }

    /// <summary>The founder steps back; an accepted founder's seat goes back to the intake.</summary>
    public void Withdraw(Intake intake, DateTimeOffset now)
    {
        EnsureOf(intake);
        if (Status is ApplicationStatus.Withdrawn or ApplicationStatus.Rejected)
        {
            throw new StateConflictException("application.final", $"An application that is {Status} cannot be withdrawn.");
        }

        if (Status == ApplicationStatus.Accepted)
        {
            intake.ReleaseSeat();
        }

        var previous = Status;
        Status = ApplicationStatus.Withdrawn;
        WithdrawnAt = now;
        UpdatedAt = now;
        Raise(new ApplicationWithdrawnDomainEvent(Id, IntakeId, FounderUserId, previous, now));
    }

    /// <summary>The founder was erased under the GDPR: their name and phone, and their team's names, go; the rest stays for the counts.</summary>
    public void ErasePersonalData(DateTimeOffset now)
    {
        Founder = Founder.Erased();
        _teamMembers = [.. _teamMembers.Select(m => m.Erased())];
        UpdatedAt = now;
    }

    private void Write(string ventureName, Sector sector, string description, FounderProfile founder, IEnumerable<TeamMember> teamMembers, DateTimeOffset now)
    {
        if (!Enum.IsDefined(sector))
        {
            throw new InvalidValueException("sector", $"'{sector}' is not a sector.");
        }

        var team = teamMembers.ToList();
        if (team.Count > MaxTeamMembers)
        {
            throw new InvalidValueException("teamMembers", $"A team has at most {MaxTeamMembers} members besides the founder.");
        }

        VentureName = Guard.Text(ventureName, "ventureName", 200);
        Sector = sector;
        Description = Guard.Text(description, "description", 4000);
        Founder = founder;
        _teamMembers = team;
        UpdatedAt = now;
    }

    private void EnsureStatus(string code, string what, ApplicationStatus expected)
    {
        if (Status != expected)
        {
            throw new StateConflictException(code, $"{what}; this application is {Status}.");
        }
    }

    private void EnsureOf(Intake intake)
    {
        if (intake.Id != IntakeId)
        {
            throw new ArgumentException("The intake given is not this application's intake.", nameof(intake));
        }
    }
}
