namespace Hub.Api.Tests.Infrastructure;

/// <summary>Tests that move the app's clock share this host, so the shared host's clock stays the real one.</summary>
[CollectionDefinition(Name)]
public sealed class FakeClockCollection : ICollectionFixture<FakeClockHubApiFactory>
{
    public const string Name = "hub-fake-clock";
}
