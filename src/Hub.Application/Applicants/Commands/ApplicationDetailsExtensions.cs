using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Commands;

internal static class ApplicationDetailsExtensions
{
    public static FounderProfile ToFounderProfile(this IApplicationDetails details, DateTimeOffset now) =>
        FounderProfile.Create(
            details.Founder.FullName,
            EnumNames.Parse<Gender>(details.Founder.Gender, "founder.gender"),
            details.Founder.BirthYear,
            details.Founder.Soum,
            details.Founder.Phone,
            details.Founder.Languages,
            now);

    public static IEnumerable<TeamMember> ToTeam(this IApplicationDetails details) =>
        details.TeamMembers.Select(m => TeamMember.Create(m.FullName, m.Role));
}
