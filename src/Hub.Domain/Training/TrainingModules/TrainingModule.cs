using Hub.Domain.Common;

namespace Hub.Domain.Training.TrainingModules;

/// <summary>A module of the hub's curriculum (start-up fundamentals, smart agriculture…): its topics and planned hours.</summary>
public sealed class TrainingModule : AggregateRoot<TrainingModuleId>
{
    public const int MaxPlannedHours = 1000;
    public const int MaxTopics = 200;
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 200;

    private readonly List<Topic> _topics = [];

    private TrainingModule()
    {
    }

    /// <summary>A short unique code, e.g. <c>SU</c>.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string NameMn { get; private set; } = string.Empty;

    public int PlannedHours { get; private set; }

    public IReadOnlyList<Topic> Topics => _topics;

    public DateTimeOffset CreatedAt { get; private set; }

    public static TrainingModule Define(string code, string name, string nameMn, int plannedHours, IEnumerable<TopicDefinition> topics, DateTimeOffset now)
    {
        if (plannedHours is < 1 or > MaxPlannedHours)
        {
            throw new InvalidValueException("plannedHours", $"'plannedHours' must be between 1 and {MaxPlannedHours}.");
        }

        var list = topics.ToList();
        if (list.Count > MaxTopics)
        {
            throw new InvalidValueException("topics", $"A module has at most {MaxTopics} topics.");
        }

        var module = new TrainingModule
        {
            Id = TrainingModuleId.New(),
            Code = Guard.Text(code, "code", MaxCodeLength).ToUpperInvariant(),
            Name = Guard.Text(name, "name", MaxNameLength),
            NameMn = Guard.Text(nameMn, "nameMn", MaxNameLength),
            PlannedHours = plannedHours,
            CreatedAt = now,
        };
        module._topics.AddRange(list.Select((t, i) => Topic.Create(i + 1, t.Title, t.TitleMn, t.Hours)));
        return module;
    }
}
