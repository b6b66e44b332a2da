using Hub.Domain.Applicants.Intakes.Events;
using Hub.Domain.Common;

namespace Hub.Domain.Applicants.Intakes;

/// <summary>A cohort's call for applications: open from <see cref="OpensAt"/> until <see cref="ClosesAt"/>, with a number of seats.</summary>
public sealed class Intake : AggregateRoot<IntakeId>
{
    public const int MaxCapacity = 10_000;

    /// <summary>Moments past this are surely typing mistakes (and would overflow date arithmetic near year 9999).</summary>
    public static readonly DateTimeOffset LatestMoment = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Intake()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>Seats taken by accepted applications; kept here so two concurrent acceptances of the last seat conflict.</summary>
    public int AcceptedCount { get; private set; }

    /// <summary>The status as last recorded; <see cref="StatusAt"/> tells the status at any moment.</summary>
    public IntakeStatus Status { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int SeatsLeft => Capacity - AcceptedCount;

    public static Intake Schedule(string name, DateTimeOffset opensAt, DateTimeOffset closesAt, int capacity, Guid createdBy, DateTimeOffset now)
    {
        if (closesAt <= opensAt)
        {
            throw new InvalidValueException("closesAt", "'closesAt' must be later than 'opensAt'.");
        }

        if (closesAt >= LatestMoment)
        {
            throw new InvalidValueException("closesAt", $"'closesAt' must be before {LatestMoment:yyyy-MM-dd}.");
        }

        if (closesAt <= now)
        {
            throw new InvalidValueException("closesAt", "'closesAt' must be in the future.");
        }

        if (capacity is < 1 or > MaxCapacity)
        {
            throw new InvalidValueException("capacity", $"'capacity' must be between 1 and {MaxCapacity}.");
        }

        var intake = new Intake
        {
            Id = IntakeId.New(),
            Name = Guard.Text(name, "name", 200),
            OpensAt = opensAt.ToUniversalTime(),
            ClosesAt = closesAt.ToUniversalTime(),
            Capacity = capacity,
            Status = IntakeStatus.Scheduled,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
        intake.Advance(now);
        return intake;
    }

    /// <summary>The status at a moment; it only ever moves forward, even if a clock steps back.</summary>
    public IntakeStatus StatusAt(DateTimeOffset now) =>
        Status == IntakeStatus.Closed || now >= ClosesAt ? IntakeStatus.Closed
        : Status == IntakeStatus.Open || now >= OpensAt ? IntakeStatus.Open
        : IntakeStatus.Scheduled;

    /// <summary>Moves the recorded status to where the clock says it is; called by the deadline jobs and the sweep.</summary>
    /// <returns>Whether the status changed.</returns>
    public bool Advance(DateTimeOffset now)
    {
        var target = StatusAt(now);
        if (target == Status)
        {
            return false;
        }

        if (Status == IntakeStatus.Scheduled && target >= IntakeStatus.Open)
        {
            Status = IntakeStatus.Open;
            Raise(new IntakeOpenedDomainEvent(Id, Name, ClosesAt, now));
        }

        if (target == IntakeStatus.Closed)
        {
            Status = IntakeStatus.Closed;
            Raise(new IntakeClosedDomainEvent(Id, Name, now));
        }

        return true;
    }

    /// <summary>Refuses a submission outside the window, whether or not the deadline job has run yet.</summary>
    public void EnsureAcceptsSubmissions(DateTimeOffset now)
    {
        switch (StatusAt(now))
        {
            case IntakeStatus.Scheduled:
                throw new BusinessRuleException("intake.not-open", $"Intake '{Name}' opens for submissions at {OpensAt:u}.");
            case IntakeStatus.Closed:
                throw new BusinessRuleException("intake.closed", $"Intake '{Name}' closed for submissions at {ClosesAt:u}.");
        }
    }

    public void ReserveSeat()
    {
        if (AcceptedCount >= Capacity)
        {
            throw new BusinessRuleException("intake.full", $"Intake '{Name}' has no seats left: all {Capacity} are taken.");
        }

        AcceptedCount++;
    }

    public void ReleaseSeat()
    {
        if (AcceptedCount > 0)
        {
            AcceptedCount--;
        }
    }
}
