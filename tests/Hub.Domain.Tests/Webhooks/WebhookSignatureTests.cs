using System.Text;
using Hub.Domain.Webhooks;

namespace Hub.Domain.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Is_the_lower_case_hex_hmac_sha256_of_the_body_bytes()
    {
        // RFC 4231, test case 2.
        var signature = WebhookSignature.Compute("Jefe", Encoding.ASCII.GetBytes("what do ya want for nothing?"));

        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
    }

    [Fact]
    public void Verifies_only_the_same_body_with_the_same_secret()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"1\",\"type\":\"call.awarded\"}");
        var signature = WebhookSignature.Compute("a-partner-secret-of-32-characters", body);

        Assert.True(WebhookSignature.Verify("a-partner-secret-of-32-characters", body, signature));
        Assert.False(WebhookSignature.Verify("another-secret-of-32-characters!!", body, signature));
        Assert.False(WebhookSignature.Verify("a-partner-secret-of-32-characters", [.. body, (byte)' '], signature));
        Assert.False(WebhookSignature.Verify("a-partner-secret-of-32-characters", body, null));
    }
}
