namespace Hub.Domain.DemoDay.Editions;

public enum DemoDayStatus
{
    Draft,
    Scoring,
    Closed,
    Published,
}
