using Hub.Api.Tests.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class AdminUsersFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task An_admin_finds_a_user_gives_them_the_Judge_role_then_locks_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Oyun {tag}";
        using (var api = await factory.AdminAsync())
        {
            await UserAdministrationTests.CreateAsync(api, name, Roles.Mentor);
        }

        var page = await factory.NewPageAsync();
        await page.SignInAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Accounts and roles" }).ClickAsync();
        await page.GetByLabel("Name or e-mail contains").FillAsync(tag);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("Accounts found: 1");
        await page.Locator("#users").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await page.GetByLabel("Judge", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"The roles of {name} are saved.");
        await Assertions.Expect(page.GetByLabel("Judge", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Mentor", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lock the account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"The account of {name} is locked.");
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Locked");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unlock the account" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the accounts" }).ClickAsync();
        await page.Locator("#Role").SelectOptionAsync(Roles.Judge);
        await page.GetByLabel("Name or e-mail contains").FillAsync(tag);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        var row = page.Locator("#users tbody tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Judge, Mentor");
        await Assertions.Expect(row).ToContainTextAsync("Locked");
        await page.ScreenshotAsync("admin-users");
        await page.Context.CloseAsync();
    }
}
