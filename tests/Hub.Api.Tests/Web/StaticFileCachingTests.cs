using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Web;

/// <summary>The style sheet a page links is cached by its content hash; the bare address is revalidated.</summary>
[Collection(HubCollection.Name)]
public sealed partial class StaticFileCachingTests(HubApiFactory factory)
{
    [Fact]
    public async Task The_linked_style_sheet_is_kept_for_a_year_and_the_bare_one_is_revalidated_by_its_etag()
    {
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync("/account/sign-in");
        var href = WebUtility.HtmlDecode(StyleSheet().Match(page).Groups["href"].Value);
        Assert.StartsWith("/css/site.css?v=", href, StringComparison.Ordinal);

        using var versioned = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());

        using var bare = await client.GetAsync("/css/site.css");
        Assert.Equal("no-cache", bare.Headers.CacheControl?.ToString());
        var etag = bare.Headers.ETag;
        Assert.NotNull(etag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        revalidation.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StyleSheet();
}
