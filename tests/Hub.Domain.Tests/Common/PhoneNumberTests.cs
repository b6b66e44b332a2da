using Hub.Domain.Common;

namespace Hub.Domain.Tests.Common;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+976 9911 2233", "+97699112233")]
    [InlineData("+97699112233", "+97699112233")]
    [InlineData("  +976-9911-2233 ", "+97699112233")]
    [InlineData("(+976) 9911.2233", "+97699112233")]
    public void Create_keeps_an_international_Mongolian_number_without_separators(string raw, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Create(raw).Value);
    }

    [Fact]
    public void Create_takes_eight_local_digits_as_a_Mongolian_number()
    {
        Assert.Equal("+97699112233", PhoneNumber.Create("99112233").Value);
    }

    [Fact]
    public void Create_takes_eight_local_digits_with_separators_as_a_Mongolian_number()
    {
        Assert.Equal("+97699112233", PhoneNumber.Create("9911 2233").Value);
    }

    [Fact]
    public void Create_turns_a_00_international_prefix_into_a_plus()
    {
        Assert.Equal("+49301234567", PhoneNumber.Create("0049 30 1234567").Value);
    }

    [Theory]
    [InlineData("+386 1 234 5678", "+38612345678")]
    [InlineData("+30 21 0123 4567", "+302101234567")]
    [InlineData("+90 212 123 4567", "+902121234567")]
    public void Create_accepts_numbers_of_the_mentors_countries(string raw, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Create(raw).Value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("+976123")]
    [InlineData("9911223")]
    [InlineData("991122334")]
    [InlineData("+0123456789")]
    [InlineData("+1234567890123456")]
    [InlineData("+976 9911 22a3")]
    [InlineData("++97699112233")]
    public void Create_refuses_what_is_not_a_phone_number(string? raw)
    {
        var ex = Assert.Throws<InvalidValueException>(() => PhoneNumber.Create(raw));

        Assert.Equal("phone", ex.Field);
    }

    [Theory]
    [InlineData("+976 1234567")]
    [InlineData("+976 123456789")]
    public void Create_refuses_a_976_number_without_exactly_eight_digits(string raw)
    {
        var ex = Assert.Throws<InvalidValueException>(() => PhoneNumber.Create(raw));

        Assert.Equal("phone", ex.Field);
    }

    [Fact]
    public void Create_reports_the_field_it_was_given()
    {
        var ex = Assert.Throws<InvalidValueException>(() => PhoneNumber.Create("abc", "founder.phone"));

        Assert.Equal("founder.phone", ex.Field);
    }

    [Fact]
    public void Two_numbers_written_differently_are_equal()
    {
        Assert.Equal(PhoneNumber.Create("99112233"), PhoneNumber.Create("+976 9911 2233"));
    }
}
