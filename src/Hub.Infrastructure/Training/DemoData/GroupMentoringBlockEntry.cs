namespace Hub.Infrastructure.Training.DemoData;

internal sealed record GroupMentoringBlockEntry(string Code, string Name, string NameMn, int Hours);
