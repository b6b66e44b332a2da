namespace Hub.Domain.Applicants.ProgrammeApplications;

public enum DecisionOutcome
{
    Accept,
    Reject,
    Waitlist,
}
