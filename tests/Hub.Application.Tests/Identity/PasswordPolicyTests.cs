using System.Globalization;
using Hub.Application.Identity;

namespace Hub.Application.Tests.Identity;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void The_description_states_the_numbers_that_are_enforced()
    {
        Assert.Contains($"At least {PasswordPolicy.MinimumLength.ToString(CultureInfo.InvariantCulture)} characters", PasswordPolicy.Description, StringComparison.Ordinal);
        Assert.Contains($"at least {PasswordPolicy.RequiredUniqueChars.ToString(CultureInfo.InvariantCulture)} different characters", PasswordPolicy.Description, StringComparison.Ordinal);
    }
}
