namespace Hub.Domain.Applicants.Intakes;

public enum IntakeStatus
{
    Scheduled,
    Open,
    Closed,
}
