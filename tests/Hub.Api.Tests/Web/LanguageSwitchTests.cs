using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task Pages_are_in_Mongolian_by_default_and_the_switch_is_remembered()
    {
        var page = await factory.NewPageAsync(360, 740);

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "mn");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ЕХ-Дарханы Инновац ба Бизнес Эрхлэлтийн Төв");
        await page.ScreenshotAsync("home-mn");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("EU-Darkhan Innovation & Entrepreneurship Hub");

        await page.GotoAsync("/account/sign-in");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");

        await page.GetByRole(AriaRole.Link, new() { Name = "Монгол" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Нэвтрэх");
        await Assertions.Expect(page.GetByLabel("Нууц үг")).ToBeVisibleAsync();
        await page.ScreenshotAsync("sign-in-mn");
        await page.Context.CloseAsync();
    }
}
