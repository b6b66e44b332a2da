using System.Collections.Concurrent;

namespace Hub.Api.Tests.Common.Inbox;

/// <summary>What the test handlers were asked to do, per handler and event.</summary>
public sealed class InboxProbe
{
    private readonly ConcurrentDictionary<(string Handler, Guid ApplicationId), int> _calls = new();

    /// <summary>How many times the flaky handler fails for an event before it succeeds.</summary>
    public int FlakyFailures { get; set; } = 2;

    public ConcurrentBag<bool> RanAsSystem { get; } = [];

    public int Count(string handler, Guid applicationId) => _calls.GetValueOrDefault((handler, applicationId));

    public int Record(string handler, Guid applicationId) => _calls.AddOrUpdate((handler, applicationId), 1, (_, n) => n + 1);
}
