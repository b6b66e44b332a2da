using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications;

public sealed record TeamMember
{
    private TeamMember(string fullName, string role)
    {
        FullName = fullName;
        Role = role;
    }

    public string FullName { get; }

    public string Role { get; }

    public TeamMember Erased() => new(ErasedPerson.Name, Role);

    public static TeamMember Create(string fullName, string role) =>
        new(Guard.Text(fullName, "teamMembers.fullName", 200), Guard.Text(role, "teamMembers.role", 100));
}
