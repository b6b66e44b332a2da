namespace Hub.Api.Tests.Infrastructure;

/// <summary>A person with an account and a client signed in as them.</summary>
public sealed record TestUser(Guid Id, string Email, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}
