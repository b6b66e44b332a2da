using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class FounderProfileTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private static FounderProfile Create(
        string fullName = "Батбаярын Энхжаргал",
        int birthYear = 1995,
        string soum = "Дархан",
        string phone = "99112233",
        IEnumerable<string>? languages = null) =>
        FounderProfile.Create(fullName, Gender.Female, birthYear, soum, phone, languages ?? ["mn"], Now);

    [Fact]
    public void Create_keeps_a_Mongolian_Cyrillic_full_name_exactly()
    {
        var founder = Create(fullName: "Батбаярын Энхжаргал");

        Assert.Equal("Батбаярын Энхжаргал", founder.FullName);
    }

    [Fact]
    public void Create_keeps_every_field()
    {
        var founder = FounderProfile.Create("Enkhjargal Batbayar", Gender.Other, 1988, " Шарынгол ", "+976 9911 2233", ["en"], Now);

        Assert.Equal("Enkhjargal Batbayar", founder.FullName);
        Assert.Equal(Gender.Other, founder.Gender);
        Assert.Equal(1988, founder.BirthYear);
        Assert.Equal("Шарынгол", founder.Soum);
        Assert.Equal("+97699112233", founder.Phone.Value);
        Assert.Equal("en", Assert.Single(founder.Languages).Value);
    }

    [Fact]
    public void Create_accepts_the_earliest_birth_year_1930()
    {
        Assert.Equal(1930, Create(birthYear: FounderProfile.EarliestBirthYear).BirthYear);
    }

    [Fact]
    public void Create_with_birth_year_before_1930_is_refused_on_founder_birthYear()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(birthYear: 1929));

        Assert.Equal("founder.birthYear", ex.Field);
    }

    [Fact]
    public void Create_accepts_a_founder_turning_14_this_year()
    {
        Assert.Equal(2012, Create(birthYear: Now.Year - FounderProfile.YoungestAge).BirthYear);
    }

    [Fact]
    public void Create_with_a_founder_younger_than_14_is_refused_on_founder_birthYear()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(birthYear: 2013));

        Assert.Equal("founder.birthYear", ex.Field);
    }

    [Fact]
    public void Create_without_languages_is_refused_on_founder_languages()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(languages: []));

        Assert.Equal("founder.languages", ex.Field);
    }

    [Fact]
    public void Create_with_an_unknown_language_code_is_refused_on_founder_languages()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(languages: ["mn", "xx"]));

        Assert.Equal("founder.languages", ex.Field);
    }

    [Fact]
    public void Create_lower_cases_and_de_duplicates_languages_keeping_their_order()
    {
        var founder = Create(languages: ["MN", "en", "mn", " En ", "ru"]);

        Assert.Equal(["mn", "en", "ru"], founder.Languages.Select(l => l.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_with_an_empty_full_name_is_refused_on_founder_fullName(string fullName)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(fullName: fullName));

        Assert.Equal("founder.fullName", ex.Field);
    }

    [Fact]
    public void Create_with_an_empty_soum_is_refused_on_founder_soum()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(soum: ""));

        Assert.Equal("founder.soum", ex.Field);
    }

    [Fact]
    public void Create_with_an_invalid_phone_is_refused_on_founder_phone()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Create(phone: "abc"));

        Assert.Equal("founder.phone", ex.Field);
    }
}
