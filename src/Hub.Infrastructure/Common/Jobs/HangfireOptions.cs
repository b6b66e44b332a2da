namespace Hub.Infrastructure.Common.Jobs;

public sealed class HangfireOptions
{
    public const string Section = "Hub:Jobs";

    /// <summary>How often an idle worker asks for work when no notification arrives (Hangfire.PostgreSql's default is 15 s).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Whether an idle worker also waits on PostgreSQL <c>LISTEN</c> for jobs enqueued by another process. Off by default:
    /// Hangfire.PostgreSql opens a listening connection for every fetch and cancels it before handing the job over, which
    /// cost more than the wake-up saves; a job enqueued in this process wakes a worker at once without it (ADR 0030).
    /// </summary>
    public bool LongPolling { get; set; }

    /// <summary>
    /// Whether Hangfire's own commits wait for the WAL flush. Off by default (ADR 0030): a job's way from enqueue to start
    /// is five commits; a PostgreSQL crash can lose Hangfire's last ~0.6 s of bookkeeping, never the hub's own data.
    /// </summary>
    public bool SynchronousCommit { get; set; }

    /// <summary>How often due delayed jobs (deadlines) are moved to the queue.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a job taken by a worker stays invisible to others (Hangfire.PostgreSql's default is 30 min): a job of an
    /// instance that died runs again this long after its last sign of life. While it runs, its worker renews the claim
    /// every fifth of this time (a sliding timeout), so a job may take longer than this without running twice.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>The queues this process's workers take jobs from.</summary>
    public string[] Queues { get; set; } = ["default"];

    /// <summary>Whether this process runs a job server (turned off for one-shot commands such as <c>migrate</c>).</summary>
    public bool RunServer { get; set; } = true;
}
