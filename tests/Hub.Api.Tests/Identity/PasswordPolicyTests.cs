using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Identity;

namespace Hub.Api.Tests.Identity;

/// <summary>Letters of any alphabet count: a Mongolian password in Cyrillic is as good as one in Latin letters.</summary>
[Collection(HubCollection.Name)]
public sealed class PasswordPolicyTests(HubApiFactory factory)
{
    private const string CyrillicPassword = "Нууц-үг-2026";

    private static object Registration(string password) =>
        new { email = $"pw-{Guid.NewGuid():N}@tests.example.org", password, fullName = "Должинсүрэнгийн Сарнай" };

    [Fact]
    public async Task A_founder_registers_with_a_cyrillic_password_and_signs_in_with_it()
    {
        using var anonymous = factory.CreateClient();
        var email = $"pw-{Guid.NewGuid():N}@tests.example.org";
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = CyrillicPassword, fullName = "Должинсүрэнгийн Сарнай" }))
            .JsonAsync(HttpStatusCode.Created);

        using var founder = await factory.SignedInClientAsync(email, CyrillicPassword);
        var me = await (await founder.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task The_admin_creates_an_account_with_a_cyrillic_password()
    {
        using var admin = await factory.AdminAsync();
        var email = $"pw-{Guid.NewGuid():N}@tests.example.org";
        await (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = CyrillicPassword, fullName = "Бат-Эрдэнийн Тэмүүлэн", role = "Mentor" }))
            .JsonAsync(HttpStatusCode.Created);

        using var mentor = await factory.SignedInClientAsync(email, CyrillicPassword);
    }

    [Theory]
    [InlineData("Нууц-1", "at least 8 characters")]
    [InlineData("абвгдеёжз", "at least one digit or symbol")]
    [InlineData("12345678", "at least one letter")]
    [InlineData("аааа1111", "at least 4 different characters")]
    public async Task A_weak_password_is_a_400_whose_password_error_says_why_and_states_the_rule(string password, string why)
    {
        using var anonymous = factory.CreateClient();
        var problem = await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", Registration(password))).ProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.ErrorsFor("password"));
        const string rules = " Password rules: " + PasswordPolicy.Description;
        Assert.EndsWith(rules, error, StringComparison.Ordinal);
        Assert.Contains(why, error[..^rules.Length], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("qwerty123")]
    [InlineData("QWERTY123")]
    [InlineData("1q2w3e4r")]
    [InlineData("darkhan123")]
    [InlineData("Mongolia1")]
    [InlineData("Монгол123")]
    [InlineData("МОНГОЛ123")]
    public async Task A_commonly_used_password_is_refused_whatever_its_case(string password)
    {
        using var anonymous = factory.CreateClient();
        var problem = await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", Registration(password))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("commonly used", Assert.Single(problem.ErrorsFor("password")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0}@tests.example.org")]
    [InlineData("{0}")]
    [InlineData("My-{0}-2026")]
    public async Task A_password_made_of_the_e_mail_is_refused(string pattern)
    {
        using var anonymous = factory.CreateClient();
        var name = $"sarnai.{Guid.NewGuid():N}"[..16];
        var password = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, name.ToUpperInvariant());
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = $"{name}@tests.example.org", password, fullName = "Должинсүрэнгийн Сарнай" });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("e-mail", Assert.Single(problem.ErrorsFor("password")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_give_an_account_a_common_password_either()
    {
        using var admin = await factory.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = $"pw-{Guid.NewGuid():N}@tests.example.org", password = "welcome123", fullName = "Бат-Эрдэнийн Тэмүүлэн", role = "Mentor" });

        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("password"));
    }
}
