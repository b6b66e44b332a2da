using Hub.Infrastructure.Identity;

namespace Hub.Api.Tests.Identity;

public sealed class AnyAlphabetPasswordValidatorTests
{
    private static async Task<List<string>> ErrorCodesAsync(string? password)
    {
        var result = await new AnyAlphabetPasswordValidator().ValidateAsync(null!, new HubUser(), password);
        return [.. result.Errors.Select(e => e.Code)];
    }

    [Theory]
    [InlineData("Нууц-үг-2026")]
    [InlineData("нууцүг2026")]
    [InlineData("founder-pass")]
    [InlineData("ᠨᠢᠭᠤᠴᠠ 2026")]
    [InlineData("passwörd€")]
    public async Task A_letter_of_any_alphabet_and_a_digit_or_symbol_pass(string password)
    {
        Assert.Empty(await ErrorCodesAsync(password));
    }

    [Theory]
    [InlineData("абвгдеёжз")]
    [InlineData("abc def ghi")]
    public async Task Letters_only_need_a_digit_or_symbol(string password)
    {
        Assert.Equal(["PasswordRequiresDigitOrSymbol"], await ErrorCodesAsync(password));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("!@#$%^&*")]
    public async Task Digits_and_symbols_only_need_a_letter(string password)
    {
        Assert.Equal(["PasswordRequiresLetter"], await ErrorCodesAsync(password));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("        ")]
    public async Task Nothing_or_white_space_needs_both(string? password)
    {
        Assert.Equal(["PasswordRequiresLetter", "PasswordRequiresDigitOrSymbol"], await ErrorCodesAsync(password));
    }
}
