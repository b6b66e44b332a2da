namespace Hub.Application.Reporting;

/// <summary>Whole days in UTC, both ends included: facts with <c>From ≤ occurredAt &lt; To + 1 day</c>.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static ReportingPeriod Resolve(DateOnly? from, DateOnly? to, ReportingOptions options, TimeProvider clock) =>
        new(from ?? options.ProgrammeStart, to ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
