namespace Hub.Infrastructure.Training.DemoData;

internal sealed record CurriculumTopicEntry(string Code, string Title, string TitleMn, decimal Hours);
