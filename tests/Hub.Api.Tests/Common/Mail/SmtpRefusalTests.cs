using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Applicants.Persistence;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common.Mail;

/// <summary>An SMTP server that refuses a message does not lose it: the outbox keeps it and sends it again after its back-off.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class SmtpRefusalTests(FakeClockHubApiFactory factory)
{
    [Fact]
    public async Task A_refused_e_mail_stays_in_the_outbox_and_is_delivered_when_the_server_takes_it_again()
    {
        var venture = $"Refused {Guid.NewGuid():N}";
        SmtpSink.Shared.RefuseFor = m => (m.Subject ?? string.Empty).Contains(venture, StringComparison.Ordinal);
        try
        {
            await SaveAsync(venture);
            await Eventually.TrueAsync(async () => await AttemptsAsync(venture) >= 1, TimeSpan.FromSeconds(20));
            Assert.Null(await factory.Database.ScalarAsync<DateTime?>(
                "SELECT processed_at FROM applicants.outbox_messages WHERE payload->'values'->>'venture' = $1", venture));
            Assert.Contains("SmtpCommandException", await factory.Database.ScalarAsync<string>(
                "SELECT last_error FROM applicants.outbox_messages WHERE payload->'values'->>'venture' = $1", venture) ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(SmtpSink.Shared.Received, m => (m.Subject ?? string.Empty).Contains(venture, StringComparison.Ordinal));

            SmtpSink.Shared.RefuseFor = _ => false;
            factory.Clock.Advance(TimeSpan.FromSeconds(2));
            await factory.Services.GetRequiredService<OutboxDrainer>().DrainAsync(CancellationToken.None);
            var delivered = await SmtpSink.Shared.WaitForAsync(m => (m.Subject ?? string.Empty).Contains(venture, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            Assert.Equal(HubApiFactory.AdminEmail, SmtpSink.To(delivered));
            Assert.Equal(2, await AttemptsAsync(venture));
        }
        finally
        {
            SmtpSink.Shared.RefuseFor = _ => false;
        }
    }

    private async Task SaveAsync(string venture)
    {
        var adminId = await factory.Database.ScalarAsync<Guid>("SELECT id FROM identity.users WHERE email = $1", HubApiFactory.AdminEmail);
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Add(
            OutgoingNotification.FromTemplate(adminId, "applicants.application-received", ("founder", "Admin"), ("venture", venture)));
        await scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>().SaveChangesAsync();
    }

    private Task<int> AttemptsAsync(string venture) =>
        factory.Database.ScalarAsync<int>("SELECT attempts FROM applicants.outbox_messages WHERE payload->'values'->>'venture' = $1", venture);
}
