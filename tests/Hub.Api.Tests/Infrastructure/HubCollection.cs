namespace Hub.Api.Tests.Infrastructure;

/// <summary>The HTTP tests share one app and database; each test makes the data it needs (unique e-mails, its own intake).</summary>
[CollectionDefinition(Name)]
public sealed class HubCollection : ICollectionFixture<HubApiFactory>
{
    public const string Name = "hub";
}
