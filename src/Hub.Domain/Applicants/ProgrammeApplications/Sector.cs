namespace Hub.Domain.Applicants.ProgrammeApplications;

public enum Sector
{
    Agriculture,
    Tourism,
    Social,
    Technology,
    Manufacturing,
    Services,
    Other,
}
