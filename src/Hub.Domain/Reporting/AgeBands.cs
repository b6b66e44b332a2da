namespace Hub.Domain.Reporting;

/// <summary>Age in whole years at the end of the reporting period (the year of its last day minus the birth year).</summary>
public static class AgeBands
{
    public static AgeBand Of(int? birthYear, int reportingYear) =>
        birthYear is not { } born ? AgeBand.Unknown : (reportingYear - born) switch
        {
            < 25 => AgeBand.Under25,
            < 35 => AgeBand.From25To34,
            < 45 => AgeBand.From35To44,
            _ => AgeBand.From45,
        };
}
