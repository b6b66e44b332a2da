namespace Hub.Api.Mentoring.Pages;

/// <summary>The session form, named as LogSessionCommand's fields; the start is a local time in the viewer's time zone.</summary>
public sealed class LogSessionInput
{
    public DateTime? StartedAt { get; set; }

    public int? DurationMinutes { get; set; } = 60;

    public string Format { get; set; } = "OneToOne";

    public string Topics { get; set; } = string.Empty;

    public string? Actions { get; set; }
}
