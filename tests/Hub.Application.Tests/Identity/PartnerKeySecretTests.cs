using Hub.Application.Identity;

namespace Hub.Application.Tests.Identity;

public sealed class PartnerKeySecretTests
{
    [Fact]
    public void Generated_key_starts_with_the_hub_marker()
    {
        var (key, _, _) = PartnerKeySecret.Generate();

        Assert.StartsWith("hub_", key, StringComparison.Ordinal);
        Assert.True(key.Length > 40, $"A key of 256 random bits should be long, got {key.Length} characters.");
    }

    [Fact]
    public void Prefix_is_the_first_twelve_characters_of_the_key()
    {
        var (key, prefix, _) = PartnerKeySecret.Generate();

        Assert.Equal(12, prefix.Length);
        Assert.Equal(key[..12], prefix);
    }

    [Fact]
    public void Returned_hash_is_the_hash_of_the_key()
    {
        var (key, _, hash) = PartnerKeySecret.Generate();

        Assert.Equal(PartnerKeySecret.Hash(key), hash);
    }

    [Fact]
    public void Hash_is_64_lower_case_hex_characters()
    {
        var (_, _, hash) = PartnerKeySecret.Generate();

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Hash_is_sha256_of_the_utf8_key()
    {
        // SHA-256("abc"), the FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PartnerKeySecret.Hash("abc"));
    }

    [Fact]
    public void Two_generated_keys_differ()
    {
        var first = PartnerKeySecret.Generate();
        var second = PartnerKeySecret.Generate();

        Assert.NotEqual(first.Key, second.Key);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void Key_is_url_safe()
    {
        var (key, _, _) = PartnerKeySecret.Generate();

        Assert.Matches("^hub_[A-Za-z0-9_-]+$", key);
    }
}
