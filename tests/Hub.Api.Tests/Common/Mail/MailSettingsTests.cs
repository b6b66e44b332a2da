using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Common.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Api.Tests.Common.Mail;

/// <summary>The pickup folder of Development and the start-up check of <c>Hub:Mail</c>, without a host.</summary>
public sealed class MailSettingsTests
{
    [Fact]
    public async Task The_pickup_folder_gets_a_readable_eml_file_per_e_mail()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hub-mail-{Guid.NewGuid():N}");
        try
        {
            var options = new MailOptions { FromAddress = "hub@eu-dieh.localhost", FromName = "EU-DIEH" };
            var transport = new PickupDirectoryNotificationTransport(options, folder, TimeProvider.System, NullLogger<PickupDirectoryNotificationTransport>.Instance);
            var email = EmailTemplates.Render("applicants.application-received", new Dictionary<string, string> { ["founder"] = "Энхжаргал", ["venture"] = "Сүү & <Тараг>" }, "mn");
            var recipient = new NotificationRecipient("founder@example.org", "Батбаярын Энхжаргал", "mn");

            await transport.SendAsync(AddressedNotification.To(recipient, Guid.NewGuid(), email, "applicants.application-received"), CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal("Өргөдөл хүлээн авлаа: Сүү & <Тараг>", message.Subject);
            Assert.Equal("founder@example.org", message.To.Mailboxes.Single().Address);
            Assert.Equal("Батбаярын Энхжаргал", message.To.Mailboxes.Single().Name);
            Assert.Contains("Сайн байна уу, Энхжаргал.", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Сүү &amp; &lt;Тараг&gt;", message.HtmlBody, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("Production", null, "hub@eu-dieh.example.org", "Hub:Mail:Smtp:Host")]
    [InlineData("Production", "smtp.example.org", null, "Hub:Mail:FromAddress")]
    [InlineData("Development", "smtp.example.org", "not an address", "Hub:Mail:FromAddress")]
    public void A_host_without_what_it_needs_to_send_refuses_to_start_naming_the_setting(string environment, string? host, string? from, string setting)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(environment, host, from));
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_with_an_SMTP_server_and_a_sender_starts() =>
        Assert.Equal("smtp.example.org", Options("Production", "smtp.example.org", "hub@eu-dieh.example.org").Smtp.Host);

    private static MailOptions Options(string environment, string? host, string? from)
    {
        var settings = new Dictionary<string, string?> { ["Hub:Mail:Smtp:Host"] = host, ["Hub:Mail:FromAddress"] = from };
        var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment })
            .AddHubMail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<MailOptions>>().Value;
    }
}
