using Hub.Domain.Common;
using Hub.Domain.Identity.PartnerKeys;

namespace Hub.Domain.Tests.Identity.PartnerKeys;

public sealed class PartnerKeyTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly Guid AdminId = new("0197a000-0000-7000-8000-0000000000ad");

    private static PartnerKey Issue(IEnumerable<string> scopes, string name = "NALAS e-Academy") =>
        PartnerKey.Issue(name, scopes, "hub_ab12", "sha256-of-the-secret", AdminId, Now);

    [Fact]
    public void Issue_creates_an_active_key_with_every_field()
    {
        var key = Issue([PartnerScopes.TrainingRead, PartnerScopes.ReportsRead]);

        Assert.Equal("NALAS e-Academy", key.Name);
        Assert.Equal(["training:read", "reports:read"], key.Scopes);
        Assert.Equal("hub_ab12", key.Prefix);
        Assert.Equal("sha256-of-the-secret", key.KeyHash);
        Assert.Equal(AdminId, key.CreatedBy);
        Assert.Equal(Now, key.CreatedAt);
        Assert.Null(key.RevokedAt);
        Assert.True(key.IsActive);
    }

    [Fact]
    public void Issue_without_scopes_is_refused_on_scopes()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Issue([]));

        Assert.Equal("scopes", ex.Field);
    }

    [Fact]
    public void Issue_with_an_unknown_scope_is_refused_on_scopes()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Issue([PartnerScopes.TrainingRead, "applications:delete"]));

        Assert.Equal("scopes", ex.Field);
        Assert.Contains("applications:delete", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_with_a_blank_scope_is_refused_on_scopes()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Issue(["  "]));

        Assert.Equal("scopes", ex.Field);
    }

    [Fact]
    public void Issue_collapses_duplicate_scopes_after_trimming()
    {
        var key = Issue(["calls:read", " calls:read ", "reports:read", "calls:read"]);

        Assert.Equal(["calls:read", "reports:read"], key.Scopes);
    }

    [Fact]
    public void Issue_with_an_empty_name_is_refused_on_name()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Issue([PartnerScopes.CallsRead], name: " "));

        Assert.Equal("name", ex.Field);
    }

    [Fact]
    public void Revoke_stamps_the_time_and_deactivates_the_key()
    {
        var key = Issue([PartnerScopes.CallsRead]);
        var at = Now.AddDays(10);

        key.Revoke(at);

        Assert.Equal(at, key.RevokedAt);
        Assert.False(key.IsActive);
    }

    [Fact]
    public void Revoke_twice_is_refused_with_partner_key_revoked_and_keeps_the_first_time()
    {
        var key = Issue([PartnerScopes.CallsRead]);
        var first = Now.AddDays(10);
        key.Revoke(first);

        var ex = Assert.Throws<StateConflictException>(() => key.Revoke(Now.AddDays(11)));

        Assert.Equal("partner-key.revoked", ex.Code);
        Assert.Equal(first, key.RevokedAt);
    }
}
