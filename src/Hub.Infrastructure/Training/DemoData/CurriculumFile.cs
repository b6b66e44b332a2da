using System.Text.Json;

namespace Hub.Infrastructure.Training.DemoData;

/// <summary>The hub's curated curriculum (<c>DemoData/curriculum.json</c>, embedded): 5 modules, 112 topics, 240 hours, and the group mentoring blocks.</summary>
internal sealed record CurriculumFile(IReadOnlyList<CurriculumModuleEntry> Modules, IReadOnlyList<GroupMentoringBlockEntry> GroupMentoringBlocks)
{
    private const string ResourceName = "Hub.DemoData.curriculum.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CurriculumFile Load()
    {
        using var stream = typeof(CurriculumFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Hub.Infrastructure.");
        return JsonSerializer.Deserialize<CurriculumFile>(stream, Json)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}
