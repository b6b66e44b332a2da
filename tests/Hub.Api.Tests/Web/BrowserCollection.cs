namespace Hub.Api.Tests.Web;

/// <summary>The browser tests share one Kestrel-served host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHubApiFactory>
{
    public const string Name = "hub-browser";
}
