using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class TeamMemberTests
{
    [Fact]
    public void Create_trims_name_and_role()
    {
        var member = TeamMember.Create("  Ганбаатарын Тэмүүлэн ", " Хөгжүүлэгч ");

        Assert.Equal("Ганбаатарын Тэмүүлэн", member.FullName);
        Assert.Equal("Хөгжүүлэгч", member.Role);
    }

    [Fact]
    public void Create_with_an_empty_name_is_refused_on_teamMembers_fullName()
    {
        var ex = Assert.Throws<InvalidValueException>(() => TeamMember.Create(" ", "CTO"));

        Assert.Equal("teamMembers.fullName", ex.Field);
    }

    [Fact]
    public void Create_with_an_empty_role_is_refused_on_teamMembers_role()
    {
        var ex = Assert.Throws<InvalidValueException>(() => TeamMember.Create("Tsetseg", ""));

        Assert.Equal("teamMembers.role", ex.Field);
    }

    [Fact]
    public void Create_with_a_role_longer_than_100_characters_is_refused_on_teamMembers_role()
    {
        var ex = Assert.Throws<InvalidValueException>(() => TeamMember.Create("Tsetseg", new string('r', 101)));

        Assert.Equal("teamMembers.role", ex.Field);
    }
}
