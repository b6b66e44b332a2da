using Hub.Domain.Training.Certificates;

namespace Hub.Domain.Tests.Training.Certificates;

public sealed class CertificateCodeTests
{
    [Fact]
    public void Codes_are_12_unambiguous_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CertificateCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[ABCDEFGHJKMNPQRSTWXYZ2-9]{12}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(codes, c => c.IndexOfAny(['0', 'O', '1', 'I', 'L', 'U', 'V']) >= 0);
    }

    [Fact]
    public void Every_symbol_of_the_alphabet_turns_up()
    {
        var seen = string.Concat(Enumerable.Range(0, 2_000).Select(_ => CertificateCode.New())).ToHashSet();
        Assert.Equal(CertificateCode.Alphabet.ToHashSet(), seen);
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("ABCDEFGHJKM", null)]
    [InlineData("ABCDEFGHJKM0", null)]
    [InlineData("../etc/passwd", null)]
    [InlineData("", null)]
    public void A_typed_code_is_normalized_or_refused(string typed, string? expected) =>
        Assert.Equal(expected, CertificateCode.Normalize(typed));
}
