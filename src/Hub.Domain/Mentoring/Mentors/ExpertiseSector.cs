namespace Hub.Domain.Mentoring.Mentors;

/// <summary>The sectors a mentor knows; the same names as the sectors of applications.</summary>
public enum ExpertiseSector
{
    Agriculture,
    Tourism,
    Social,
    Technology,
    Manufacturing,
    Services,
    Other,
}
