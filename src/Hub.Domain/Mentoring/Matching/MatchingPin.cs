namespace Hub.Domain.Mentoring.Matching;

/// <summary>A pair the manager fixed in advance, by index into the <see cref="MatchingInstance"/>.</summary>
public readonly record struct MatchingPin(int Application, int Mentor);
