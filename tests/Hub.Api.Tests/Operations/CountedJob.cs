using System.Collections.Concurrent;
using Hub.Application.Common.Notifications;

namespace Hub.Api.Tests.Operations;

/// <summary>A background job that only counts its runs, and names the instance that ran it by that instance's notification transport.</summary>
public sealed class CountedJob(INotificationTransport transport)
{
    public static readonly ConcurrentDictionary<string, ConcurrentBag<INotificationTransport>> Runs = new();

    public Task RunAsync(string key)
    {
        Runs.GetOrAdd(key, _ => []).Add(transport);
        return Task.CompletedTask;
    }
}
