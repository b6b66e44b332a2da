using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Reporting;

/// <summary>The report's addresses, and an expected figure worked out from the records a test made.</summary>
public static class ReportingTestData
{
    public const string Reports = "/api/v1/reports";

    /// <summary>A day of its own in 2001–2009 that no other test writes facts on, so a report of that day holds only this test's records.</summary>
    public static DateOnly QuietDay() => new DateOnly(2001, 1, 1).AddDays(Random.Shared.Next(0, 3200));

    public static DateTimeOffset At(this DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public static async Task<JsonElement> IndicatorsAsync(this HttpClient client, DateOnly from, DateOnly to) =>
        await (await client.GetAsync($"{Reports}/indicators?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")).JsonAsync(HttpStatusCode.OK);

    public static JsonElement Indicator(this JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    public static decimal Actual(this JsonElement report, string code) => report.Indicator(code).GetProperty("actual").GetDecimal();
}
