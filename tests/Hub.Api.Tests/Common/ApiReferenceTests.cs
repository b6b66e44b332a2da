using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common;

/// <summary>The Scalar API reference at /scalar works offline: everything it loads comes from the host itself.</summary>
[Collection(HubCollection.Name)]
public sealed partial class ApiReferenceTests(HubApiFactory factory)
{
    [Fact]
    public async Task The_reference_page_names_no_outside_origin()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/scalar/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Origins().Matches(html).Select(m => m.Value));

        // Scalar's own CDN fonts, AI agent, MCP, telemetry, client app and developer toolbar (SDKs, deploy) are off.
        foreach (var setting in new[] { "\"withDefaultFonts\":false", "\"telemetry\":false", "\"hideClientButton\":true", "\"showDeveloperTools\":\"never\"" })
        {
            Assert.Contains(setting, html, StringComparison.Ordinal);
        }

        Assert.Matches("\"agent\":\\{[^}]*\"disabled\":true", html);
        Assert.Matches("\"mcp\":\\{[^}]*\"disabled\":true", html);
        Assert.DoesNotContain("proxyUrl", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_scripts_are_served_by_the_host()
    {
        using var client = factory.CreateClient();
        var html = await (await client.GetAsync("/scalar/")).Content.ReadAsStringAsync();

        var scripts = ScriptSources().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.False(Uri.TryCreate(script, UriKind.Absolute, out _), $"{script} is not served by the host");
            var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/scalar/"), script));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [GeneratedRegex(@"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Origins();

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSources();
}
