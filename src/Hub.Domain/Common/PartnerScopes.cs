namespace Hub.Domain.Common;

/// <summary>What a partner system's key allows it to do.</summary>
public static class PartnerScopes
{
    public const string ApplicationsRead = "applications:read";
    public const string ApplicationsWrite = "applications:write";
    public const string TrainingRead = "training:read";
    public const string MentoringRead = "mentoring:read";
    public const string CallsRead = "calls:read";
    public const string DemoDaysRead = "demodays:read";
    public const string ReportsRead = "reports:read";

    public static readonly IReadOnlyList<string> All =
        [ApplicationsRead, ApplicationsWrite, TrainingRead, MentoringRead, CallsRead, DemoDaysRead, ReportsRead];

    public static bool IsKnown(string? scope) => All.Contains(scope, StringComparer.Ordinal);
}
