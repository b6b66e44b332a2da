namespace Hub.Domain.Mentoring.MatchingRuns;

public enum MatchingRunStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
