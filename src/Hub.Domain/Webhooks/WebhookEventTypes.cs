namespace Hub.Domain.Webhooks;

/// <summary>The events a partner may subscribe to, as they appear in a delivery's <c>type</c>.</summary>
public static class WebhookEventTypes
{
    public const string ApplicationSubmitted = "application.submitted";
    public const string ApplicationDecided = "application.decided";
    public const string TrainingCertificateIssued = "training.certificate_issued";
    public const string MentoringSessionLogged = "mentoring.session_logged";
    public const string CallAwarded = "call.awarded";
    public const string DemoDayResultsPublished = "demoday.results_published";

    /// <summary>Sent only by the test ping, to the one subscription pinged; never subscribed to.</summary>
    public const string Ping = "ping";

    public static IReadOnlyList<string> All { get; } =
    [
        ApplicationSubmitted, ApplicationDecided, TrainingCertificateIssued, MentoringSessionLogged, CallAwarded, DemoDayResultsPublished,
    ];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
