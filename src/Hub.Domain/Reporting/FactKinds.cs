namespace Hub.Domain.Reporting;

/// <summary>The kinds of fact the read model keeps, one per source event.</summary>
public static class FactKinds
{
    public const string Application = "application";
    public const string Attendance = "attendance";
    public const string TrainingSession = "training-session";
    public const string TrainingModule = "training-module";
    public const string Certificate = "certificate";
    public const string Mentorship = "mentorship";
    public const string MentoringSession = "mentoring-session";
    public const string Grant = "grant";
    public const string Pitch = "pitch";
    public const string JobsCreated = "jobs-created";

    /// <summary>Facts that count whenever they happened: a module's topics are delivered when one of its sessions is.</summary>
    public static bool IgnoresPeriod(string kind) => kind == TrainingModule;
}
