namespace Hub.Api.Applicants.Pages;

/// <summary>The new-intake form, named as ScheduleIntakeCommand's fields; opening and closing are local times in the viewer's time zone.</summary>
public sealed class IntakeInput
{
    public string Name { get; set; } = string.Empty;

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public int? Capacity { get; set; } = 30;
}
