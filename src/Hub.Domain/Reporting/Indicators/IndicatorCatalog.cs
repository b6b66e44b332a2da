namespace Hub.Domain.Reporting.Indicators;

/// <summary>The indicators the hub reports against, with the targets of the programme's documents.</summary>
public static class IndicatorCatalog
{
    public const string CitizensTrained = "citizens-trained";
    public const string TrainingHours = "training-hours";
    public const string TopicsDelivered = "topics-delivered";
    public const string TrainingProgrammes = "training-programmes";
    public const string EntrepreneursTrained = "entrepreneurs-trained";
    public const string ActiveMentors = "active-mentors";
    public const string GroupMentoringHours = "group-mentoring-hours";
    public const string MentoringSessions = "mentoring-sessions";
    public const string MentoringHours = "mentoring-hours";
    public const string SeedGrants = "seed-grants";
    public const string DemoDayPitches = "demo-day-pitches";
    public const string Awards = "eu-dieh-awards";
    public const string PilotProjects = "pilot-projects";
    public const string JobsCreated = "jobs-created";

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(CitizensTrained, "Citizens trained", "persons", 400, true),
        new(TrainingHours, "Training hours delivered", "hours", 240, false),
        new(TopicsDelivered, "Topics delivered", "topics", 112, false),
        new(TrainingProgrammes, "Training programmes", "programmes", 10, false),
        new(EntrepreneursTrained, "Entrepreneurs trained", "persons", 100, true),
        new(ActiveMentors, "Active mentors", "mentors", 32, false),
        new(GroupMentoringHours, "Group mentoring hours", "hours", 240, true),
        new(MentoringSessions, "Mentoring sessions", "sessions", null, true),
        new(MentoringHours, "Mentoring hours", "hours", null, true),
        new(SeedGrants, "Seed grants awarded", "grants", 10, true),
        new(DemoDayPitches, "Demo Day pitches", "pitches", null, true),
        new(Awards, "EU-DIEH Awards", "award ceremonies", 1, false),
        new(PilotProjects, "Pilot projects funded", "projects", 3, true),
        new(JobsCreated, "Jobs created", "jobs", null, true),
    ];
}
