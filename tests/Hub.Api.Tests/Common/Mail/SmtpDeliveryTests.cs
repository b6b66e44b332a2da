using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using MimeKit;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Common.Mail;

/// <summary>Notifications leave over SMTP (MailKit) to a real listener on loopback, rendered in the recipient's language.</summary>
[Collection(HubCollection.Name)]
public sealed class SmtpDeliveryTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_is_mailed_in_Mongolian_until_they_choose_English()
    {
        var founder = await factory.NewFounderAsync();
        using (founder)
        {
            var me = await (await founder.Client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal("mn", me.Text("culture"));

            // Markup in a value must reach the HTML part as text.
            var first = $"Сүү <b>& \"{Guid.NewGuid():N}\"";
            await SubmitAsync(founder, first);
            var mongolian = await SmtpSink.Shared.WaitForAsync(m => SmtpSink.To(m) == founder.Email && (m.Subject ?? string.Empty).Contains(first, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Equal($"Өргөдөл хүлээн авлаа: {first}", mongolian.Subject);
            Assert.Equal("mn", mongolian.Body!.Headers[HeaderId.ContentLanguage]);
            Assert.Equal("hub@tests.example.org", mongolian.From.Mailboxes.Single().Address);
            Assert.Contains($"\"{first}\" төслийн", mongolian.TextBody, StringComparison.Ordinal);
            Assert.Contains("Сүү &lt;b&gt;&amp; &quot;", mongolian.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", mongolian.HtmlBody, StringComparison.Ordinal);

            (await founder.Client.PutAsJsonAsync("/api/v1/auth/me/culture", new { culture = "en" })).EnsureSuccessStatusCode();
            Assert.Equal("en", (await (await founder.Client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK)).Text("culture"));

            var second = $"Dairy {Guid.NewGuid():N}";
            await SubmitAsync(founder, second);
            var english = await SmtpSink.Shared.WaitForAsync(m => SmtpSink.To(m) == founder.Email && (m.Subject ?? string.Empty).Contains(second, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Equal($"Application received: {second}", english.Subject);
            Assert.Equal("en", english.Body!.Headers[HeaderId.ContentLanguage]);
            Assert.StartsWith("Dear ", english.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Staff_are_written_to_in_English_unless_they_choose_and_only_mn_or_en_can_be_chosen()
    {
        var manager = await factory.NewUserAsync("Manager");
        using (manager)
        {
            Assert.Equal("en", (await (await manager.Client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK)).Text("culture"));

            var refused = await manager.Client.PutAsJsonAsync("/api/v1/auth/me/culture", new { culture = "fr" });
            Assert.NotEmpty((await refused.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("culture"));

            Assert.Equal(HttpStatusCode.NoContent, (await manager.Client.PutAsJsonAsync("/api/v1/auth/me/culture", new { culture = "mn" })).StatusCode);
            Assert.Equal("mn", (await (await manager.Client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK)).Text("culture"));
        }
    }

    private async Task SubmitAsync(TestUser founder, string ventureName)
    {
        var id = await founder.Client.DraftAsync(await factory.NewIntakeAsync(), ventureName);
        Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));
    }
}
