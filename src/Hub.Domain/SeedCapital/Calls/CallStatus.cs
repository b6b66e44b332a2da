namespace Hub.Domain.SeedCapital.Calls;

public enum CallStatus
{
    Draft,
    Open,
    Closed,
    Awarded,
}
