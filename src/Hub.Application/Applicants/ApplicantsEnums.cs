using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants;

/// <summary>Applicants' words of the API (sector) parsed into the domain's enums.</summary>
internal static class ApplicantsEnums
{
    public static Sector ToSector(this string value) => EnumNames.Parse<Sector>(value, "sector");
}
