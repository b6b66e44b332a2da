using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Hub.Infrastructure.Common.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using NSubstitute;

namespace Hub.Api.Tests.Common;

/// <summary>The checks behind /health answer Unhealthy (so 503) when the database or the job servers are gone.</summary>
public sealed class HealthCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_database_check_is_unhealthy_when_nothing_answers()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=x;Timeout=2");
        var result = await new PostgresHealthCheck(nowhere).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Theory]
    [InlineData(10, HealthStatus.Healthy)]
    [InlineData(120, HealthStatus.Unhealthy)]
    public async Task The_job_check_wants_a_heartbeat_within_a_minute(int secondsSinceHeartbeat, HealthStatus expected)
    {
        var storage = StorageWithServerHeartbeatAt(Now.UtcDateTime.AddSeconds(-secondsSinceHeartbeat));
        var result = await new HangfireHealthCheck(storage, new FixedClock(Now)).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task The_job_check_is_unhealthy_when_the_job_store_fails()
    {
        var storage = Substitute.For<JobStorage>();
        storage.GetMonitoringApi().Returns(_ => throw new NpgsqlException("connection refused"));
        var result = await new HangfireHealthCheck(storage, new FixedClock(Now)).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    private static JobStorage StorageWithServerHeartbeatAt(DateTime heartbeat)
    {
        var monitoring = Substitute.For<IMonitoringApi>();
        monitoring.Servers().Returns([new ServerDto { Name = "hub:test", Heartbeat = heartbeat }]);
        var storage = Substitute.For<JobStorage>();
        storage.GetMonitoringApi().Returns(monitoring);
        return storage;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
