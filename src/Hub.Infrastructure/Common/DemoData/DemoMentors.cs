using System.Text.Json;

namespace Hub.Infrastructure.Common.DemoData;

/// <summary>The demo's mentors, read once from the embedded <c>mentors.json</c>: Identity makes their accounts, Mentoring their profiles.</summary>
internal static class DemoMentors
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly IReadOnlyList<DemoMentor> All = Load();

    private static List<DemoMentor> Load()
    {
        using var stream = typeof(DemoMentors).Assembly.GetManifestResourceStream("Hub.DemoData.mentors.json")
            ?? throw new InvalidOperationException("The embedded resource Hub.DemoData.mentors.json is missing.");
        return JsonSerializer.Deserialize<MentorsFile>(stream, Json)?.Mentors
            ?? throw new InvalidOperationException("Hub.DemoData.mentors.json has no mentors.");
    }

    private sealed record MentorsFile(List<DemoMentor> Mentors);
}
