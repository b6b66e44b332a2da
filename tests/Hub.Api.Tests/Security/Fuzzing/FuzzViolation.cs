namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>A fuzzed request whose answer broke a rule of <see cref="FuzzResponseInspector"/>, with what it answered and the known defect it shows, if any.</summary>
public sealed record FuzzViolation(FuzzCase Case, int Status, IReadOnlyList<string> Problems, string BodyExcerpt, string? KnownDefect = null)
{
    public override string ToString() =>
        $"{Case.Describe()}\n  → {Status}: {string.Join("; ", Problems)}\n    answer: {BodyExcerpt}";
}
