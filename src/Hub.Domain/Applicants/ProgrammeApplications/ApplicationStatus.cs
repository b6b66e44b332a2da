namespace Hub.Domain.Applicants.ProgrammeApplications;

public enum ApplicationStatus
{
    Draft,
    Submitted,
    Accepted,
    Rejected,
    Waitlisted,
    Withdrawn,
}
