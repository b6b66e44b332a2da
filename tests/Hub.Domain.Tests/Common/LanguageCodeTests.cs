using Hub.Domain.Common;

namespace Hub.Domain.Tests.Common;

public sealed class LanguageCodeTests
{
    [Theory]
    [InlineData("MN", "mn")]
    [InlineData("mn", "mn")]
    [InlineData(" En ", "en")]
    [InlineData("RU", "ru")]
    public void Create_lower_cases_and_trims_a_known_code(string raw, string expected)
    {
        var code = LanguageCode.Create(raw);

        Assert.Equal(expected, code.Value);
        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("mon")]
    [InlineData("m")]
    [InlineData("mn-MN")]
    public void Create_refuses_what_is_not_an_ISO_639_1_code(string? raw)
    {
        var ex = Assert.Throws<InvalidValueException>(() => LanguageCode.Create(raw));

        Assert.Equal("language", ex.Field);
        Assert.Equal("value.invalid", ex.Code);
    }

    [Fact]
    public void Create_reports_the_field_it_was_given()
    {
        var ex = Assert.Throws<InvalidValueException>(() => LanguageCode.Create("xx", "mentor.languages"));

        Assert.Equal("mentor.languages", ex.Field);
    }

    [Theory]
    [InlineData("mn")]
    [InlineData("MN")]
    [InlineData("en")]
    [InlineData("sl")]
    [InlineData("el")]
    [InlineData("tr")]
    public void IsKnown_is_true_for_ISO_639_1_codes_in_any_case(string code)
    {
        Assert.True(LanguageCode.IsKnown(code));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("eng")]
    [InlineData(" mn")]
    public void IsKnown_is_false_for_anything_else(string? code)
    {
        Assert.False(LanguageCode.IsKnown(code));
    }

    [Fact]
    public void Two_codes_of_the_same_language_are_equal()
    {
        Assert.Equal(LanguageCode.Create("mn"), LanguageCode.Create("MN"));
    }
}
