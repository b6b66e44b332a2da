namespace Hub.Api.Tests.Reporting;

/// <summary>A founder the test created, with the attributes the test gave their application.</summary>
public sealed record ReportedFounder(Guid Id, string Gender, int BirthYear, string Soum);
