using System.Text.Json;

namespace Hub.Api.Tests.Reporting;

/// <summary>
/// What an indicator must say, worked out in the test from what it recorded: a total and, for the founders'
/// indicators, one value per founder summed by gender, age band (at the period's end) and soum.
/// </summary>
public sealed record ExpectedIndicator(string Code, decimal Total, IReadOnlyList<(ReportedFounder Founder, decimal Value)> PerFounder)
{
    public static ExpectedIndicator Counted(string code, decimal total) => new(code, total, []);

    public static ExpectedIndicator PerPerson(string code, params (ReportedFounder Founder, decimal Value)[] values) =>
        new(code, values.Sum(v => v.Value), values);

    public void AssertIn(JsonElement report, int reportingYear)
    {
        var indicator = report.Indicator(Code);
        Assert.True(Total == indicator.GetProperty("actual").GetDecimal(), $"{Code}: expected {Total}, reported {indicator.GetProperty("actual")}");
        if (!indicator.GetProperty("disaggregated").GetBoolean())
        {
            return;
        }

        var gender = indicator.GetProperty("byGender");
        foreach (var (name, value) in new[] { ("female", "Female"), ("male", "Male"), ("other", "Other") })
        {
            Assert.True(Rounded(PerFounder.Where(v => v.Founder.Gender == value).Sum(v => v.Value)) == gender.GetProperty(name).GetDecimal(), $"{Code} byGender.{name}");
        }

        Assert.Equal(0m, gender.GetProperty("unknown").GetDecimal());
        var bands = indicator.GetProperty("byAgeBand");
        foreach (var (name, low, high) in new[] { ("under25", 0, 24), ("from25To34", 25, 34), ("from35To44", 35, 44), ("from45", 45, 200) })
        {
            var expected = PerFounder.Where(v => reportingYear - v.Founder.BirthYear >= low && reportingYear - v.Founder.BirthYear <= high).Sum(v => v.Value);
            Assert.True(Rounded(expected) == bands.GetProperty(name).GetDecimal(), $"{Code} byAgeBand.{name}");
        }

        var soums = indicator.GetProperty("bySoum").EnumerateArray().ToDictionary(s => s.GetProperty("soum").GetString()!, s => s.GetProperty("count").GetDecimal());
        var expectedSoums = PerFounder.GroupBy(v => v.Founder.Soum).ToDictionary(g => g.Key, g => Rounded(g.Sum(v => v.Value)));
        Assert.Equal(expectedSoums.OrderBy(s => s.Key, StringComparer.Ordinal), soums.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    private static decimal Rounded(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
