using System.Globalization;
using Hub.Application.Common.Notifications;

namespace Hub.Application.Training.Notifications;

/// <summary>What participants are told about their training, in Mongolian with English below.</summary>
internal static class TrainingNotifications
{
    public static OutgoingNotification SessionReminder(Guid founderUserId, string fullName, string title, DateTimeOffset localStart, string where)
    {
        var at = localStart.ToString("yyyy-MM-dd HH:mm (zzz)", CultureInfo.InvariantCulture);
        return new(
            founderUserId,
            $"Сургалтын сануулга / Training reminder: {title}",
            $"""
             Сайн байна уу, {fullName}.
             "{title}" сургалт {at}-д эхэлнэ. Хаана: {where}

             Dear {fullName},
             The training session "{title}" starts at {at}. Where: {where}
             """,
            "mn");
    }

    public static OutgoingNotification CertificateIssued(Guid founderUserId, string holderName, string moduleName, decimal hours, string code) =>
        new(
            founderUserId,
            $"Гэрчилгээ / Certificate: {moduleName}",
            $"""
             Сайн байна уу, {holderName}.
             Та "{moduleName}" модулийг {hours:0.##} цагаар амжилттай дүүргэлээ. Гэрчилгээний код: {code}

             Dear {holderName},
             You completed the module "{moduleName}" with {hours:0.##} hours attended. Certificate code: {code}
             Anyone can verify it at /api/v1/certificates/{code}.
             """,
            "mn");
}
