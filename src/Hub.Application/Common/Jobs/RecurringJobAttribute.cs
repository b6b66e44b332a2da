namespace Hub.Application.Common.Jobs;

/// <summary>Registers a job class's <c>RunAsync(CancellationToken)</c> as a recurring job at start-up.</summary>
/// <param name="id">A stable id, e.g. <c>applicants.intake-sweep</c>.</param>
/// <param name="cron">A cron expression (UTC).</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RecurringJobAttribute(string id, string cron) : Attribute
{
    public string Id { get; } = id;

    public string Cron { get; } = cron;
}
