using Hub.Domain.Common;

namespace Hub.Domain.Tests.Common;

public sealed class RolesTests
{
    [Theory]
    [InlineData("manager", Roles.Manager)]
    [InlineData("MANAGER", Roles.Manager)]
    [InlineData("  Founder ", Roles.Founder)]
    [InlineData("admin", Roles.Admin)]
    [InlineData("mentor", Roles.Mentor)]
    [InlineData("judge", Roles.Judge)]
    [InlineData("evaluator", Roles.Evaluator)]
    public void Normalize_returns_the_canonical_spelling_of_a_person_role(string role, string expected)
    {
        Assert.Equal(expected, Roles.Normalize(role));
    }

    [Theory]
    [InlineData("Partner")]
    [InlineData("superuser")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_returns_null_for_what_is_not_a_person_role(string? role)
    {
        Assert.Null(Roles.Normalize(role));
    }
}
