using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

/// <summary>
/// The whole app served by Kestrel on a free loopback port (a browser needs a real socket), with one headless
/// Debian Chromium for all browser tests; Playwright drives it without downloading a browser.
/// </summary>
public sealed class BrowserHubApiFactory : HubApiFactory
{
    /// <summary>Debian's Chromium, which <c>./hub test</c> installs when it is missing; HUB_CHROMIUM names another.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("HUB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserHubApiFactory() => UseKestrel(0);

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public Uri RootUri { get; private set; } = new("http://127.0.0.1/");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        RootUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: install it with 'apt-get install -y chromium' (./hub test does) or name one in HUB_CHROMIUM.");
        }

        // One request to a page first, so the first test does not also pay for warming up Razor and the sign-in pipeline.
        using (var warmUp = CreateClient())
        {
            (await warmUp.GetAsync("/account/sign-in")).EnsureSuccessStatusCode();
        }

        // A machine shared with other work can be slow; a flow's steps wait for the server, not for a fixed time.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A fresh browser context (no cookies) with one page: desktop size unless a phone's is asked for.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "Asia/Ulaanbaatar",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
