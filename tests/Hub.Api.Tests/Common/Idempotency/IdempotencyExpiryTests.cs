using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common.Idempotency;

/// <summary>Keys are kept 24 hours (Hub:Idempotency:Retention), on the host whose clock the tests move.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class IdempotencyExpiryTests(FakeClockHubApiFactory factory)
{
    [Fact]
    public async Task After_24_hours_the_same_key_does_the_work_again_and_the_purge_deletes_expired_keys()
    {
        factory.CatchUpWithRealTime();
        using var manager = await factory.NewUserAsync("Manager");
        var body = ApplicantsTestData.IntakeBody();
        var key = IdempotentPost.NewKey();
        (await manager.Client.PostWithKeyAsync(IdempotentPost.Intakes, body, key)).EnsureSuccessStatusCode();

        factory.MoveClockTo(factory.Clock.GetUtcNow().AddHours(24).AddSeconds(1));
        using var sameManagerLater = await factory.SignedInClientAsync(manager.Email, ApiTestExtensions.Password);
        var again = await sameManagerLater.PostWithKeyAsync(IdempotentPost.Intakes, body, key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.False(again.Replayed());
        Assert.Equal(2, await factory.IntakesNamedAsync(body["name"]!.GetValue<string>()));

        Assert.Equal(1L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM platform.idempotency_keys WHERE key = $1", key));
        factory.MoveClockTo(factory.Clock.GetUtcNow().AddHours(24).AddSeconds(1));
        await factory.Services.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(CancellationToken.None);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM platform.idempotency_keys WHERE key = $1", key));
    }
}
