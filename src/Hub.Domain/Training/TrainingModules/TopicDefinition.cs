namespace Hub.Domain.Training.TrainingModules;

/// <summary>A topic as a curriculum names it, before it is part of a module.</summary>
public sealed record TopicDefinition(string Title, string TitleMn, decimal Hours);
