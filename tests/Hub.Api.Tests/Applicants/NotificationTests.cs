using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

/// <summary>Founders are told, through the outbox and its background job, when their application arrives and when it is decided.</summary>
[Collection(HubCollection.Name)]
public sealed class NotificationTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_is_told_their_application_was_received()
    {
        var intakeId = await factory.NewIntakeAsync();
        var venture = $"Received {Guid.NewGuid():N}";
        var (founder, _) = await factory.SubmittedApplicationAsync(intakeId, venture);
        using (founder)
        {
            // A founder who has not chosen a language is written to in Mongolian.
            var sent = await SmtpSink.Shared.WaitForAsync(m => SmtpSink.To(m) == founder.Email && (m.Subject ?? string.Empty).Contains(venture, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Equal($"Өргөдөл хүлээн авлаа: {venture}", sent.Subject);
            Assert.Contains(FounderFullName.Split(' ')[0], sent.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_draft_sends_nothing()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        await founder.Client.DraftAsync(intakeId);
        await Task.Delay(500);
        Assert.DoesNotContain(factory.Notifications.Sent, n => n.RecipientUserId == founder.Id);
    }

    [Theory]
    [InlineData("Accept")]
    [InlineData("Reject")]
    [InlineData("Waitlist")]
    public async Task A_founder_is_told_the_decision_and_its_reason(string decision)
    {
        var intakeId = await factory.NewIntakeAsync();
        var venture = $"Decided {Guid.NewGuid():N}";
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId, venture);
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            await (await manager.Client.DecideAsync(id, decision, "Тайлбар: reason 42.")).JsonAsync(HttpStatusCode.OK);

            var sent = await SmtpSink.Shared.WaitForAsync(
                m => SmtpSink.To(m) == founder.Email && m.Headers["X-Hub-Template"] == "applicants.application-decided", TimeSpan.FromSeconds(10));
            Assert.Contains(venture, sent.Subject, StringComparison.Ordinal);
            Assert.Contains("Тайлбар: reason 42.", sent.TextBody, StringComparison.Ordinal);
        }
    }
}
