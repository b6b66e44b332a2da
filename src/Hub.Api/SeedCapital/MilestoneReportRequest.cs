namespace Hub.Api.SeedCapital;

public sealed record MilestoneReportRequest(string Report);
