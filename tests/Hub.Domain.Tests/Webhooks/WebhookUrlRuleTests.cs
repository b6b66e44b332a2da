using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Domain.Tests.Webhooks;

public sealed class WebhookUrlRuleTests
{
    [Theory]
    [InlineData("https://eudarkhan.mn/hooks/hub")]
    [InlineData("https://203.0.113.10:8443/hooks")]
    public void Public_https_urls_are_accepted(string url) => Assert.Null(WebhookUrlRule.Refusal(url, allowPrivateNetwork: false));

    [Theory]
    [InlineData("http://eudarkhan.mn/hooks")]
    [InlineData("https://localhost/hooks")]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://172.20.0.1/hooks")]
    [InlineData("https://192.168.1.1/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks")]
    [InlineData("https://user:pass@eudarkhan.mn/hooks")]
    [InlineData("ftp://eudarkhan.mn/hooks")]
    [InlineData("/hooks")]
    public void Plain_http_and_internal_addresses_are_refused_by_default(string url) =>
        Assert.NotNull(WebhookUrlRule.Refusal(url, allowPrivateNetwork: false));

    [Theory]
    [InlineData("http://127.0.0.1:5001/hooks")]
    [InlineData("http://10.1.2.3/hooks")]
    public void The_setting_lets_development_post_to_this_machine(string url) => Assert.Null(WebhookUrlRule.Refusal(url, allowPrivateNetwork: true));
}
