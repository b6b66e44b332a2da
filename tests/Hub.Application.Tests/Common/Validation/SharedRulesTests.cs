using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Application.Tests.TestDoubles;

namespace Hub.Application.Tests.Common.Validation;

public sealed class SharedRulesTests
{
    private static List<string> Messages(Action<InlineValidator<PingCommand>> rules, string text)
    {
        var validator = new InlineValidator<PingCommand>();
        rules(validator);
        return [.. validator.Validate(new PingCommand(text)).Errors.Select(e => e.ErrorMessage)];
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Not_blank_refuses_empty_and_white_space_with_one_message(string text)
    {
        Assert.Equal(["'Text' must not be empty."], Messages(v => v.RuleFor(c => c.Text).NotBlank(), text));
    }

    [Fact]
    public void Not_blank_names_the_field_given_by_WithName_even_when_chained_after_it()
    {
        Assert.Equal(["'fullName' must not be empty."], Messages(v => v.RuleFor(c => c.Text).NotBlank().MaximumLength(200).WithName("fullName"), " "));
    }

    [Theory]
    [InlineData("+97699112233")]
    [InlineData("9911 2233")]
    [InlineData("0049 30 1234567")]
    public void Valid_phone_number_accepts_what_the_domain_accepts(string phone)
    {
        Assert.Empty(Messages(v => v.RuleFor(c => c.Text).ValidPhoneNumber(), phone));
    }

    [Fact]
    public void Valid_phone_number_refuses_with_the_expected_form()
    {
        var message = Assert.Single(Messages(v => v.RuleFor(c => c.Text).ValidPhoneNumber(), "12-34"));

        Assert.Equal("'12-34' is not a phone number: use +976 and 8 digits, or another country code and 6 to 14 digits.", message);
    }

    [Theory]
    [InlineData("mn")]
    [InlineData("EN")]
    public void Known_language_code_accepts_ISO_639_1(string code)
    {
        Assert.Empty(Messages(v => v.RuleFor(c => c.Text).KnownLanguageCode(), code));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("mon")]
    public void Known_language_code_refuses_others_with_examples(string code)
    {
        Assert.Equal([$"'{code}' is not an ISO 639-1 language code (e.g. mn, en, ru)."], Messages(v => v.RuleFor(c => c.Text).KnownLanguageCode(), code));
    }
}
