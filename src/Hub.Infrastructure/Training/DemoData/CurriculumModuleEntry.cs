namespace Hub.Infrastructure.Training.DemoData;

internal sealed record CurriculumModuleEntry(string Code, string Name, string NameMn, int PlannedHours, IReadOnlyList<CurriculumTopicEntry> Topics);
