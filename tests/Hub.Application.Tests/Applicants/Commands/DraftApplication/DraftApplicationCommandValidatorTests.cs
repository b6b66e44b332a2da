using Hub.Application.Applicants.Commands;
using Hub.Application.Applicants.Commands.DraftApplication;
using Hub.Application.Tests.TestDoubles;

namespace Hub.Application.Tests.Applicants.Commands.DraftApplication;

public sealed class DraftApplicationCommandValidatorTests
{
    // The clock says 2026, so the youngest founder allowed was born in 2012.
    private readonly DraftApplicationCommandValidator _validator = new(new FixedClock());

    private static readonly FounderDetails ValidFounder =
        new("Oyunaa Bat", "Female", 1995, "Darkhan", "+97699112233", ["mn", "en"]);

    private static readonly DraftApplicationCommand Valid = new(
        Guid.NewGuid(),
        null,
        "Felt Works",
        "Manufacturing",
        "Felt slippers from local wool.",
        ValidFounder,
        [new TeamMemberDetails("Bold Dorj", "Designer")]);

    private List<string> FailingProperties(DraftApplicationCommand command) =>
        _validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct().ToList();

    [Fact]
    public void Complete_application_is_valid()
    {
        var result = _validator.Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Empty_venture_name_is_refused()
    {
        Assert.Equal(["VentureName"], FailingProperties(Valid with { VentureName = "  " }));
    }

    [Fact]
    public void Missing_intake_is_refused()
    {
        Assert.Equal(["IntakeId"], FailingProperties(Valid with { IntakeId = Guid.Empty }));
    }

    [Fact]
    public void Unknown_sector_is_refused_with_a_message_listing_the_sectors()
    {
        var result = _validator.Validate(Valid with { Sector = "Fishing" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Sector", error.PropertyName);
        Assert.Contains("'Fishing' is not a sector", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Agriculture, Tourism, Social, Technology, Manufacturing, Services, Other", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agriculture")]
    [InlineData("AGRICULTURE")]
    [InlineData(" Tourism ")]
    public void Sector_is_matched_regardless_of_case(string sector)
    {
        Assert.Empty(FailingProperties(Valid with { Sector = sector }));
    }

    [Fact]
    public void Null_founder_is_refused_without_checking_the_founders_fields()
    {
        Assert.Equal(["Founder"], FailingProperties(Valid with { Founder = null! }));
    }

    [Fact]
    public void Unknown_gender_is_refused()
    {
        var result = _validator.Validate(Valid with { Founder = ValidFounder with { Gender = "Unicorn" } });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Founder.Gender", error.PropertyName);
        Assert.Contains("Female, Male, Other", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1929)]
    [InlineData(2013)]
    [InlineData(2030)]
    public void Birth_year_out_of_range_is_refused(int birthYear)
    {
        Assert.Equal(["Founder.BirthYear"], FailingProperties(Valid with { Founder = ValidFounder with { BirthYear = birthYear } }));
    }

    [Theory]
    [InlineData(1930)]
    [InlineData(2012)]
    public void Birth_year_at_the_edges_of_the_range_is_accepted(int birthYear)
    {
        Assert.Empty(FailingProperties(Valid with { Founder = ValidFounder with { BirthYear = birthYear } }));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("phone")]
    [InlineData("")]
    public void Bad_phone_number_is_refused(string phone)
    {
        Assert.Equal(["Founder.Phone"], FailingProperties(Valid with { Founder = ValidFounder with { Phone = phone } }));
    }

    [Fact]
    public void Local_mongolian_phone_number_is_accepted()
    {
        Assert.Empty(FailingProperties(Valid with { Founder = ValidFounder with { Phone = "9911 2233" } }));
    }

    [Fact]
    public void Unknown_language_code_is_refused_at_its_position()
    {
        var result = _validator.Validate(Valid with { Founder = ValidFounder with { Languages = ["mn", "xx"] } });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Founder.Languages[1]", error.PropertyName);
        Assert.Contains("'xx'", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void First_unknown_language_code_is_reported_as_languages_0()
    {
        Assert.Equal(["Founder.Languages[0]"], FailingProperties(Valid with { Founder = ValidFounder with { Languages = ["xx"] } }));
    }

    [Fact]
    public void No_languages_is_refused()
    {
        Assert.Equal(["Founder.Languages"], FailingProperties(Valid with { Founder = ValidFounder with { Languages = [] } }));
    }

    [Fact]
    public void Team_member_with_an_empty_role_is_refused()
    {
        var command = Valid with { TeamMembers = [new TeamMemberDetails("Bold Dorj", "Designer"), new TeamMemberDetails("Saraa Gan", " ")] };

        Assert.Equal(["TeamMembers[1].Role"], FailingProperties(command));
    }

    [Fact]
    public void More_than_twenty_team_members_are_refused()
    {
        var team = Enumerable.Range(1, 21).Select(i => new TeamMemberDetails($"Member {i}", "Helper")).ToList();

        Assert.Equal(["TeamMembers"], FailingProperties(Valid with { TeamMembers = team }));
    }
}
