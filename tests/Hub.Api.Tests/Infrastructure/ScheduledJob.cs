namespace Hub.Api.Tests.Infrastructure;

/// <summary>A delayed Hangfire job and the moment it was scheduled for.</summary>
public sealed record ScheduledJob(string Id, DateTimeOffset EnqueueAt)
{
    /// <summary>
    /// The earliest moment the job store may start it: Hangfire scores scheduled jobs in whole seconds, so it starts
    /// a job up to a second before its moment.
    /// </summary>
    public DateTimeOffset EarliestStart => FakeClockHubApiFactory.WholeSecond(EnqueueAt);
}
