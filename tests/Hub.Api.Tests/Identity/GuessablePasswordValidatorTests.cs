using Hub.Infrastructure.Identity;

namespace Hub.Api.Tests.Identity;

public sealed class GuessablePasswordValidatorTests
{
    private static async Task<List<string>> ErrorCodesAsync(string? password, string email = "nomin.bat@tests.example.org")
    {
        var result = await new GuessablePasswordValidator().ValidateAsync(null!, new HubUser { Email = email }, password);
        return [.. result.Errors.Select(e => e.Code)];
    }

    [Fact]
    public void The_list_ships_a_few_thousand_passwords()
    {
        Assert.InRange(CommonPasswords.Count, 2_000, 20_000);
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("Password123")]
    [InlineData("qwerty123")]
    [InlineData("iloveyou1")]
    [InlineData("darkhan123")]
    [InlineData("mongolia1")]
    [InlineData("ulaanbaatar2026")]
    [InlineData("Монгол123")]
    [InlineData("монгол123")]
    [InlineData("нууцүг123")]
    public async Task Commonly_used_passwords_are_refused_whatever_their_case(string password)
    {
        Assert.Equal(["PasswordIsCommon"], await ErrorCodesAsync(password));
    }

    [Theory]
    [InlineData("nomin.bat")]
    [InlineData("NOMIN.BAT")]
    [InlineData("nomin.bat@tests.example.org")]
    [InlineData("2026-nomin.bat!")]
    public async Task The_name_part_of_the_e_mail_is_refused_inside_a_password(string password)
    {
        Assert.Equal(["PasswordContainsEmail"], await ErrorCodesAsync(password));
    }

    [Fact]
    public async Task A_short_name_part_is_refused_only_as_the_whole_password()
    {
        Assert.Empty(await ErrorCodesAsync("tall-bo-2026", "bo@tests.example.org"));
        Assert.Equal(["PasswordContainsEmail"], await ErrorCodesAsync("bo", "bo@tests.example.org"));
    }

    [Theory]
    [InlineData("Нууц-үг-2026")]
    [InlineData("Хөх-тэнгэр-42")]
    [InlineData("founder-pass-1")]
    [InlineData("ᠨᠢᠭᠤᠴᠠ 2026")]
    public async Task Uncommon_passwords_of_any_script_pass(string password)
    {
        Assert.Empty(await ErrorCodesAsync(password));
    }
}
