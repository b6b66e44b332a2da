namespace Hub.Api.Training.Pages;

/// <summary>A register as posted: the version it was read at, and a mark per participant (Present, Absent, Excused; empty for none).</summary>
public sealed class RegisterInput
{
    public uint? Version { get; set; }

    public Dictionary<Guid, string?> Marks { get; set; } = [];
}
