namespace Hub.Api.SeedCapital;

/// <summary>A milestone reported done; <c>jobsCreated</c>: people the venture newly employed since the grant or its previous report (0 when left out).</summary>
public sealed record MilestoneReportRequest(string Report, int JobsCreated = 0);
