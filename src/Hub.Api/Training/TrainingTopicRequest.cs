namespace Hub.Api.Training;

public sealed record TrainingTopicRequest(string Title, string TitleMn, decimal Hours);
