using Hub.Domain.Common;

namespace Hub.Domain.Training.TrainingModules;

/// <summary>One topic of a training module's curriculum, in English and Mongolian.</summary>
public sealed class Topic
{
    public const int MaxTitleLength = 300;

    private Topic()
    {
    }

    public Guid Id { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string TitleMn { get; private set; } = string.Empty;

    /// <summary>The hours the curriculum plans for the topic; the module's planned hours are what counts.</summary>
    public decimal Hours { get; private set; }

    internal static Topic Create(int position, string title, string titleMn, decimal hours) =>
        hours is < 0 or > TrainingModule.MaxPlannedHours
            ? throw new InvalidValueException("topics.hours", $"A topic's hours must be between 0 and {TrainingModule.MaxPlannedHours}.")
            : new Topic
            {
                Id = Guid.CreateVersion7(),
                Position = position,
                Title = Guard.Text(title, "topics.title", MaxTitleLength),
                TitleMn = Guard.Text(titleMn, "topics.titleMn", MaxTitleLength),
                Hours = hours,
            };
}
