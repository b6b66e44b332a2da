using Hub.Application.Common.Notifications;
using Hub.Domain.Common;

namespace Hub.Application.Tests.Common.Notifications;

public sealed class EmailTemplatesTests
{
    public static TheoryData<string> Names => [.. EmailTemplates.All.Select(t => t.Name)];

    [Fact]
    public void Every_module_that_notifies_has_its_templates() =>
        Assert.Equal(
            ["applicants", "demoday", "identity", "mentoring", "seedcapital", "training"],
            EmailTemplates.All.Select(t => t.Name.Split('.')[0]).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void Both_languages_of_a_template_use_the_same_placeholders_and_render_differently(string name)
    {
        var template = EmailTemplates.All.Single(t => t.Name == name);
        var placeholders = EmailTemplates.PlaceholdersOf(template.Mongolian);
        Assert.Equal(placeholders.Order(StringComparer.Ordinal), EmailTemplates.PlaceholdersOf(template.English).Order(StringComparer.Ordinal));

        var values = placeholders.ToDictionary(p => p, p => p == "outcome" ? "Accept" : $"<{p}>", StringComparer.Ordinal);
        var mongolian = EmailTemplates.Render(name, values, "mn");
        var english = EmailTemplates.Render(name, values, "en");
        Assert.NotEqual(mongolian.Subject, english.Subject);
        Assert.NotEqual(mongolian.Text, english.Text);
        Assert.DoesNotContain("{", mongolian.Text + english.Text + mongolian.Subject + english.Subject, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(?!/?(html|head|meta|title|body|p|br)\\b|!DOCTYPE)", english.Html + mongolian.Html);
    }

    [Fact]
    public void Words_that_are_values_are_said_in_the_recipients_language()
    {
        var values = new Dictionary<string, string> { ["founder"] = "Saraa", ["venture"] = "Milk", ["outcome"] = "Waitlist", ["reason"] = "Full." };
        Assert.Contains("is on the waiting list", EmailTemplates.Render("applicants.application-decided", values, "en").Text, StringComparison.Ordinal);
        Assert.Contains("хүлээлгийн жагсаалтад орлоо", EmailTemplates.Render("applicants.application-decided", values, "mn").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_or_an_unknown_template_fails_rather_than_sending_a_gap()
    {
        Assert.Throws<InvalidOperationException>(() => EmailTemplates.Render("applicants.application-received", new Dictionary<string, string> { ["founder"] = "Saraa" }, "en"));
        Assert.Throws<InvalidOperationException>(() => EmailTemplates.Render("no.such-template", new Dictionary<string, string>(), "en"));
    }

    [Fact]
    public void An_unknown_culture_is_written_in_Mongolian() =>
        Assert.Equal("mn", EmailTemplates.Render("identity.set-password", new Dictionary<string, string> { ["name"] = "A", ["role"] = "Mentor", ["hours"] = "72", ["link"] = "/x" }, "fr").Culture);

    [Theory]
    [InlineData(null, new[] { Roles.Founder }, "mn")]
    [InlineData(null, new string[0], "mn")]
    [InlineData(null, new[] { Roles.Mentor }, "en")]
    [InlineData(null, new[] { Roles.Manager }, "en")]
    [InlineData("mn", new[] { Roles.Mentor }, "mn")]
    [InlineData("en", new[] { Roles.Founder }, "en")]
    [InlineData("fr", new[] { Roles.Founder }, "mn")]
    public void A_person_gets_their_choice_else_Mongolian_as_a_founder_and_English_as_staff(string? chosen, string[] roles, string expected) =>
        Assert.Equal(expected, NotificationCultures.For(chosen, roles));
}
