namespace Hub.Application.Mentoring.Commands.ComputeMatchingRun;

/// <summary>An open accepted application as the run scores it (read from Applicants' contract query).</summary>
internal sealed record MatchingApplication(Guid ApplicationId, string Sector, IReadOnlyList<string> Languages);
