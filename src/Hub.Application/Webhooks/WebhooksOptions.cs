using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Application.Webhooks;

/// <summary>The module's settings (section <c>Hub:Webhooks</c>).</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Hub:Webhooks";

    private static readonly TimeSpan[] DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(24),
    ];

    /// <summary>Plain http and loopback or private addresses as receivers: on only in development and tests (SSRF, ADR 0022).</summary>
    public bool AllowPrivateNetwork { get; set; }

    /// <summary>Deliveries connect to this machine only, whatever the URL (development and tests: nothing leaves the machine).</summary>
    public bool LoopbackOnly { get; set; }

    /// <summary>How long one attempt may take, connection and answer included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Automatic attempts of one delivery before it is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The waits after the first, second, … failed attempt (the last repeats); empty for the defaults.</summary>
    public TimeSpan[] RetryDelays { get; set; } = [];

    /// <summary>A subscription is turned off when this many of its latest deliveries all failed (0: never)…</summary>
    public int DisableAfterFailedDeliveries { get; set; } = 20;

    /// <summary>…and the oldest of them is at least this old.</summary>
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How late a due attempt must be before the sweep sends it (its own delayed job should have).</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(1);

    public RetrySchedule Schedule() => new(RetryDelays.Length > 0 ? RetryDelays : DefaultRetryDelays, Math.Max(1, MaxAttempts));

    /// <summary>How long a sender holds an attempt: its timeout and a margin, after which the sweep may take it over.</summary>
    public TimeSpan ClaimDuration => Timeout + TimeSpan.FromSeconds(30);
}
