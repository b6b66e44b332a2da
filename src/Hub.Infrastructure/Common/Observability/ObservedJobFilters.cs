using Hangfire;
using Hangfire.Common;

namespace Hub.Infrastructure.Common.Observability;

/// <summary>
/// Hangfire's global filters plus <see cref="JobObservation"/>, for this host's job server only: added to the global
/// list instead, each host started in one process (the tests start several) would observe every job once more.
/// </summary>
internal sealed class ObservedJobFilters(JobObservation observation) : IJobFilterProvider
{
    private readonly JobFilter _observation = new(observation, JobFilterScope.Global, null);

    public IEnumerable<JobFilter> GetFilters(Job job) => JobFilterProviders.Providers.GetFilters(job).Append(_observation);
}
