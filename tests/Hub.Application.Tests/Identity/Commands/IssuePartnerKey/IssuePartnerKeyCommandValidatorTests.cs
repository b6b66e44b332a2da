using Hub.Application.Identity.Commands.IssuePartnerKey;

namespace Hub.Application.Tests.Identity.Commands.IssuePartnerKey;

public sealed class IssuePartnerKeyCommandValidatorTests
{
    private readonly IssuePartnerKeyCommandValidator _validator = new();

    [Fact]
    public void Known_scopes_are_valid()
    {
        var result = _validator.Validate(new IssuePartnerKeyCommand("Donor dashboard", ["reports:read", "applications:read"]));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Unknown_scope_is_refused_at_its_position_with_the_scopes_listed()
    {
        var result = _validator.Validate(new IssuePartnerKeyCommand("Donor dashboard", ["reports:read", "everything:write"]));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Scopes[1]", error.PropertyName);
        Assert.StartsWith("'everything:write' is not a scope.", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("applications:write", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_names_are_case_sensitive()
    {
        var result = _validator.Validate(new IssuePartnerKeyCommand("Donor dashboard", ["Reports:Read"]));

        Assert.Equal(["Scopes[0]"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void No_scopes_is_refused()
    {
        var result = _validator.Validate(new IssuePartnerKeyCommand("Donor dashboard", []));

        Assert.Equal(["Scopes"], result.Errors.Select(e => e.PropertyName));
    }
}
