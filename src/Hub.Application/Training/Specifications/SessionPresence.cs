namespace Hub.Application.Training.Specifications;

/// <summary>A session's length and the founders present at it.</summary>
public sealed record SessionPresence(int DurationMinutes, IReadOnlyList<Guid> Present);
