using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// Whether an e-mail has an account is not for anyone to learn from the sign-in: a wrong password, an unknown e-mail
/// and a locked account get the same problem, in about the same time (each answer costs one slow password hash).
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AccountEnumerationTests(HubApiFactory factory)
{
    private const string Login = "/api/v1/auth/login";

    [Fact]
    public async Task A_wrong_password_an_unknown_e_mail_and_a_locked_account_get_the_same_answer_in_the_same_time()
    {
        using var anonymous = factory.CreateClient();
        List<string> known = [];
        for (var i = 0; i < 3; i++)
        {
            using var founder = await factory.NewFounderAsync();
            known.Add(founder.Email);
        }

        using var lockedFounder = await factory.NewFounderAsync();
        for (var i = 0; i < 5; i++)
        {
            await (await anonymous.PostAsJsonAsync(Login, new { email = lockedFounder.Email, password = "wrong-password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        List<double> wrongPassword = [], unknownEmail = [], lockedAccount = [];
        List<string> answers = [];
        for (var round = 0; round < 4; round++)
        {
            foreach (var email in known)
            {
                wrongPassword.Add(await TimeFailedSignInAsync(anonymous, email, answers));
                unknownEmail.Add(await TimeFailedSignInAsync(anonymous, $"nobody-{Guid.NewGuid():N}@tests.example.org", answers));
            }

            lockedAccount.Add(await TimeFailedSignInAsync(anonymous, lockedFounder.Email, answers));
        }

        Assert.Single(answers.Distinct());
        AssertAlike(wrongPassword, unknownEmail, "an unknown e-mail");
        AssertAlike(wrongPassword, lockedAccount, "a locked account");
    }

    [Fact]
    public async Task Registering_a_taken_e_mail_takes_as_long_as_registering_a_new_one()
    {
        using var anonymous = factory.CreateClient();
        using var founder = await factory.NewFounderAsync();
        List<double> created = [], taken = [];
        for (var round = 0; round < 5; round++)
        {
            created.Add(await TimeAsync(async () => await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", Registration($"new-{Guid.NewGuid():N}@tests.example.org")))
                .JsonAsync(HttpStatusCode.Created)));
            taken.Add(await TimeAsync(async () => await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", Registration(founder.Email)))
                .ProblemAsync(HttpStatusCode.Conflict)));
        }

        AssertAlike(created, taken, "a taken e-mail");
    }

    private static object Registration(string email) => new { email, password = "Хөх-тэнгэр-42", fullName = "Гантулгын Ариунаа" };

    private static async Task<double> TimeFailedSignInAsync(HttpClient client, string email, List<string> answers)
    {
        JsonElement problem = default;
        var elapsed = await TimeAsync(async () => problem = await (await client.PostAsJsonAsync(Login, new { email, password = "wrong-password" }))
            .ProblemAsync(HttpStatusCode.Unauthorized));
        answers.Add(string.Join("|", problem.GetProperty("type").GetString(), problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
        return elapsed;
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The fastest answers (what the work costs, without the noise of a busy machine) within a factor of 2: one slow
    /// hash each (tens of milliseconds) and a few queries, against a few queries alone (a millisecond or two).
    /// </summary>
    private static void AssertAlike(List<double> reference, List<double> other, string what)
    {
        var (a, b) = (reference.Min(), other.Min());
        Assert.True(b >= a / 2 && b <= a * 2, $"The fastest answer for {what} took {b:F1} ms against {a:F1} ms for the reference.");
    }
}
