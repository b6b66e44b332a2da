using System.Text.Json;

namespace Hub.Benchmarks.Faults;

/// <summary>What <c>prepare</c> made: the intake and, per founder, the draft to submit and the founder's token.</summary>
public sealed record FaultRun(string Url, DateTimeOffset PreparedAt, Guid IntakeId, IReadOnlyList<PreparedSubmission> Submissions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAsync<T>(string path) =>
        JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(path), Json) ?? throw new InvalidOperationException($"{path} is empty.");

    public static Task WriteAsync<T>(string path, T value) => File.WriteAllTextAsync(path, JsonSerializer.Serialize(value, Json));
}

public sealed record PreparedSubmission(Guid ApplicationId, Guid FounderId, string Token);

/// <summary>How one submission ended for the client: an HTTP status, or no answer at all (the error's type).</summary>
public sealed record SubmissionOutcome(Guid ApplicationId, int? Status, string? Error, double Milliseconds)
{
    public bool Acknowledged => Status is >= 200 and < 300;

    public string Kind => Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"no answer ({Error})";
}
