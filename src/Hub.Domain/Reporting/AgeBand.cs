namespace Hub.Domain.Reporting;

/// <summary>The donor's age bands; <see cref="Unknown"/> when no birth year reached the read model.</summary>
public enum AgeBand
{
    Under25,
    From25To34,
    From35To44,
    From45,
    Unknown,
}
