using System.Globalization;
using Hub.Application.Common.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Infrastructure.Common.Mail;

/// <summary>The notification transport <c>Hub:Mail</c> asks for (SMTP, a pickup folder, or the log), checked at start-up.</summary>
internal static class MailRegistration
{
    public static IServiceCollection AddHubMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate<IHostEnvironment>(
                (o, environment) => !environment.IsProduction() || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                $"{MailOptions.Section}:Smtp:Host must be set in Production (environment: Hub__Mail__Smtp__Host): the SMTP server e-mails are sent through.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.Smtp.Host) && string.IsNullOrWhiteSpace(o.PickupDirectory) || MailboxAddress.TryParse(o.FromAddress, out _),
                $"{MailOptions.Section}:FromAddress must be set to an e-mail address (environment: Hub__Mail__FromAddress): the sender of every e-mail.")
            .Validate(
                o => o.Smtp.Port is > 0 and <= 65535 && o.Smtp.Timeout > TimeSpan.Zero,
                string.Create(CultureInfo.InvariantCulture, $"{MailOptions.Section}:Smtp:Port must be 1 to 65535 and {MailOptions.Section}:Smtp:Timeout positive."))
            .ValidateOnStart();

        services.AddSingleton<SmtpNotificationTransport>();
        services.TryAddSingleton<INotificationTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
            {
                return sp.GetRequiredService<SmtpNotificationTransport>();
            }

            return string.IsNullOrWhiteSpace(options.PickupDirectory)
                ? ActivatorUtilities.CreateInstance<LoggingNotificationTransport>(sp)
                : new PickupDirectoryNotificationTransport(
                    options,
                    Path.GetFullPath(options.PickupDirectory, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<PickupDirectoryNotificationTransport>>());
        });
        return services;
    }
}
