using Hub.Domain.Common;

namespace Hub.Domain.Tests.Common;

public sealed class PartnerScopesTests
{
    [Theory]
    [InlineData("applications:read")]
    [InlineData("applications:write")]
    [InlineData("training:read")]
    [InlineData("mentoring:read")]
    [InlineData("calls:read")]
    [InlineData("demodays:read")]
    [InlineData("reports:read")]
    public void IsKnown_is_true_for_every_scope_the_api_names(string scope)
    {
        Assert.True(PartnerScopes.IsKnown(scope));
    }

    [Theory]
    [InlineData("Applications:Read")]
    [InlineData("applications:delete")]
    [InlineData(" training:read")]
    [InlineData("")]
    [InlineData(null)]
    public void IsKnown_is_false_for_anything_else_and_is_case_sensitive(string? scope)
    {
        Assert.False(PartnerScopes.IsKnown(scope));
    }

    [Fact]
    public void All_lists_seven_distinct_scopes()
    {
        Assert.Equal(7, PartnerScopes.All.Distinct(StringComparer.Ordinal).Count());
    }
}
