namespace Hub.Domain.Applicants.ProgrammeApplications;

/// <summary>Collected only for the donor's gender-disaggregated indicators.</summary>
public enum Gender
{
    Female,
    Male,
    Other,
}
