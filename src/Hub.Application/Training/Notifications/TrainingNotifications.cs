using System.Globalization;
using Hub.Application.Common.Notifications;

namespace Hub.Application.Training.Notifications;

/// <summary>What participants are told about their training, rendered in each participant's language when sent.</summary>
internal static class TrainingNotifications
{
    public static OutgoingNotification SessionReminder(Guid founderUserId, string fullName, string title, DateTimeOffset localStart, string where) =>
        OutgoingNotification.FromTemplate(
            founderUserId,
            SessionReminderEmail.Id,
            ("participant", fullName),
            ("title", title),
            ("at", localStart.ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture)),
            ("where", where));

    public static OutgoingNotification CertificateIssued(Guid founderUserId, string holderName, string moduleName, decimal hours, string code) =>
        OutgoingNotification.FromTemplate(
            founderUserId,
            CertificateIssuedEmail.Id,
            ("holder", holderName),
            ("module", moduleName),
            ("hours", hours.ToString("0.##", CultureInfo.InvariantCulture)),
            ("code", code));
}
