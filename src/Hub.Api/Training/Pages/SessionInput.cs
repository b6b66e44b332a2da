namespace Hub.Api.Training.Pages;

/// <summary>The form a manager schedules a session with; <see cref="StartsAt"/> is read in the viewer's time zone.</summary>
public sealed class SessionInput
{
    public Guid? ProgrammeId { get; set; }

    public Guid? ModuleId { get; set; }

    public string Title { get; set; } = string.Empty;

    public DateTime? StartsAt { get; set; }

    public int? DurationMinutes { get; set; } = 180;

    public string Mode { get; set; } = "InPerson";

    public string? Venue { get; set; }

    public string? Link { get; set; }

    public Guid? TrainerUserId { get; set; }
}
