using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Identity;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Web;

/// <summary>The admin home, the accounts list and one account's page through plain HTTP with the sign-in cookie.</summary>
[Collection(HubCollection.Name)]
public sealed partial class AdminPagesTests(HubApiFactory factory)
{
    [Fact]
    public async Task An_admin_signed_in_with_the_cookie_reaches_the_admin_home_the_job_dashboard_and_the_API_reference_and_no_one_else_does()
    {
        using var admin = await factory.BrowserAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        var home = await admin.HtmlAsync("/admin?culture=en");
        foreach (var link in new[] { "/admin/users", "/admin/partner-keys", "/admin/webhooks", "/hangfire", "/scalar" })
        {
            Assert.Contains($"href=\"{link}\"", home, StringComparison.Ordinal);
        }

        var menu = await admin.HtmlAsync("/");
        Assert.Contains("href=\"/admin\"", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/hangfire\"", menu, StringComparison.Ordinal);
        Assert.Contains("EU-DIEH background jobs", await admin.HtmlAsync("/hangfire"), StringComparison.Ordinal);
        var scalar = await admin.GetAsync("/scalar");
        if (scalar.StatusCode == HttpStatusCode.Found)
        {
            // Scalar adds the trailing slash its relative asset paths need; not a sign-in.
            Assert.DoesNotContain("/account/", scalar.Headers.Location?.OriginalString, StringComparison.Ordinal);
            scalar = await admin.GetAsync(scalar.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Equal("text/html", scalar.Content.Headers.ContentType?.MediaType);

        using var manager = await factory.NewUserAsync(Roles.Manager);
        using var managerPages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        using var anonymous = PageForms.Browser(factory);
        foreach (var url in new[] { "/admin", "/hangfire" })
        {
            Assert.StartsWith("/account/denied", (await managerPages.GetAsync(url)).Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.StartsWith("/account/sign-in?ReturnUrl=", (await anonymous.GetAsync(url)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_manager_reads_the_list_only_and_an_admin_creates_a_staff_account_from_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var api = await factory.AdminAsync();
        var judgeId = await UserAdministrationTests.CreateAsync(api, $"Judge {tag}", Roles.Judge);

        using var manager = await factory.NewUserAsync(Roles.Manager);
        using var managerPages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        var list = await managerPages.HtmlAsync($"/admin/users?q={tag}&culture=en");
        Assert.Contains($"Judge {tag}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Input_Email", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/admin/users/{judgeId}", list, StringComparison.Ordinal);
        Assert.StartsWith("/account/denied", (await managerPages.GetAsync($"/admin/users/{judgeId}")).Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var admin = await factory.BrowserAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        var email = $"trainer-{tag}@tests.example.org";
        var created = await admin.PostFormAsync("/admin/users?culture=en", "/admin/users",
            ("Input.FullName", $"Trainer {tag}"), ("Input.Email", email), ("Input.Password", ApiTestExtensions.Password), ("Input.Role", Roles.Trainer));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var after = await admin.HtmlAsync(created.Headers.Location!.OriginalString);
        Assert.Contains($"The account of Trainer {tag} is created.", after, StringComparison.Ordinal);
        Assert.Contains("Trainer</td>", after, StringComparison.Ordinal);

        var refused = await admin.PostFormAsync("/admin/users", "/admin/users",
            ("Input.FullName", $"Again {tag}"), ("Input.Email", email), ("Input.Password", ApiTestExtensions.Password), ("Input.Role", Roles.Trainer));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("already exists", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roles_form_saved_after_someone_else_changed_the_account_is_refused_and_an_admin_cannot_lock_themselves()
    {
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        using var admin = await factory.NewUserAsync(Roles.Admin);
        using var pages = await factory.BrowserAsync(admin.Email, ApiTestExtensions.Password);
        var url = $"/admin/users/{mentor.Id}";
        var seen = Version().Match(await pages.HtmlAsync($"{url}?culture=en")).Groups[1].Value;

        // Another admin gives the mentor the Judge role meanwhile.
        using var other = await factory.AdminAsync();
        await (await other.PutAsJsonAsync($"/api/v1/users/{mentor.Id}/roles", new { roles = new[] { Roles.Mentor, Roles.Judge }, version = seen })).JsonAsync(HttpStatusCode.OK);

        var stale = await pages.PostFormAsync(url, $"{url}?handler=Roles", ("Version", seen), ("SelectedRoles", Roles.Evaluator));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone changed this in the meantime", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Roles.Judge}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{Roles.Evaluator}\" checked=\"checked\"", html, StringComparison.Ordinal);

        var fresh = Version().Match(html).Groups[1].Value;
        var saved = await pages.PostFormAsync(url, $"{url}?handler=Roles", ("Version", fresh), ("SelectedRoles", Roles.Evaluator));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"value=\"{Roles.Evaluator}\" checked=\"checked\"", await pages.HtmlAsync(url), StringComparison.Ordinal);

        var self = await pages.PostFormAsync($"/admin/users/{admin.Id}", $"/admin/users/{admin.Id}?handler=Lock");
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Contains("An admin cannot lock their own account.", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex Version();
}
