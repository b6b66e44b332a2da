using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Training;
using Hub.Domain.Common;
using Microsoft.Playwright;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class TrainerAttendanceFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_trainer_takes_the_register_of_their_session_on_a_phone_then_corrects_one_founder_and_the_founder_s_hours_move()
    {
        var intakeId = await factory.NewIntakeAsync();
        string[] names = ["Ганбаатарын Сарангэрэл", "Доржийн Тэмүүлэн", "Энхбаярын Номин"];
        string[] ventures = ["Дархан Сүү хоршоо", "Tuul Eco Camp", "Ногоон хүлэмж"];
        var founders = new List<Guid>();
        for (var i = 0; i < names.Length; i++)
        {
            founders.Add(await AcceptedAsync(intakeId, names[i], ventures[i]));
        }

        var programmeId = await factory.NewProgrammeAsync(intakeId);
        var moduleId = await factory.NewModuleAsync(plannedHours: 40);
        var trainer = await factory.NewUserAsync(Roles.Trainer);
        // An earlier session everyone attended: one hour each so far.
        var earlier = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(-7), durationMinutes: 60));
        await (await trainer.Client.RecordAsync(earlier, Register([.. founders.Select(f => (f, "Present"))]))).JsonAsync(HttpStatusCode.OK);
        var today = SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddMinutes(-30), durationMinutes: 120);
        today["title"] = "Greenhouse business plans";
        var sessionId = await factory.ScheduleAsync(programmeId, today);

        var page = await factory.NewPageAsync(360, 740);
        await page.SignInAsync(trainer.Email, ApiTestExtensions.Password);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Training sessions" }).ClickAsync();
        await page.Locator($"#session-{sessionId}").GetByRole(AriaRole.Link, new() { Name = "Register — Greenhouse business plans" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Register of Greenhouse business plans");

        var (saran, temuulen, nomin) = (Row(page, founders[0]), Row(page, founders[1]), Row(page, founders[2]));
        await Assertions.Expect(temuulen).ToContainTextAsync("Tuul Eco Camp");
        await Assertions.Expect(temuulen.Locator(".hours")).ToHaveTextAsync("1 h attended in the programme");
        await page.GetByLabel($"{names[0]}: Present").CheckAsync();
        await page.GetByLabel($"{names[1]}: Present").CheckAsync();
        await page.GetByLabel($"{names[2]}: Absent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the register" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Register saved.");
        await Assertions.Expect(saran.Locator(".hours")).ToHaveTextAsync("3 h attended in the programme");
        await Assertions.Expect(temuulen.Locator(".hours")).ToHaveTextAsync("3 h attended in the programme");
        await Assertions.Expect(nomin.Locator(".hours")).ToHaveTextAsync("1 h attended in the programme");
        await Assertions.Expect(page.Locator("#corrections")).ToHaveCountAsync(0);

        // Тэмүүлэн left after the break: the trainer corrects the line.
        await page.GetByLabel($"{names[1]}: Absent").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the register" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Register saved.");
        await Assertions.Expect(temuulen.Locator(".hours")).ToHaveTextAsync("1 h attended in the programme");
        await Assertions.Expect(saran.Locator(".hours")).ToHaveTextAsync("3 h attended in the programme");
        await Assertions.Expect(page.GetByLabel($"{names[1]}: Absent")).ToBeCheckedAsync();
        var correction = page.Locator("#corrections tbody tr");
        await Assertions.Expect(correction).ToHaveCountAsync(1);
        await Assertions.Expect(correction).ToContainTextAsync(names[1]);
        await Assertions.Expect(correction).ToContainTextAsync("Present → Absent");
        await Assertions.Expect(correction).ToContainTextAsync("Test Trainer");
        await page.ScreenshotAsync("manager-attendance");
        await page.Context.CloseAsync();
    }

    private static ILocator Row(IPage page, Guid founderUserId) => page.Locator($"#founder-{founderUserId}");

    private async Task<Guid> AcceptedAsync(Guid intakeId, string fullName, string ventureName)
    {
        var founder = await factory.NewFounderAsync(fullName);
        var body = ApplicantsTestData.ApplicationBody(intakeId, ventureName);
        body["founder"]!["fullName"] = fullName;
        var id = await founder.Client.DraftAsync(body);
        (await founder.Client.SubmitAsync(id)).EnsureSuccessStatusCode();
        (await (await factory.ManagerAsync()).Client.DecideAsync(id, "Accept")).EnsureSuccessStatusCode();
        return founder.Id;
    }
}
