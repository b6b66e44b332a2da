using Hub.Application.Common.Notifications;

namespace Hub.Application.Training.Notifications;

/// <summary>Gives a participant the code of the certificate of a completed module.</summary>
internal sealed class CertificateIssuedEmail : EmailTemplate
{
    public const string Id = "training.certificate-issued";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Гэрчилгээ: {module}",
        """
        Сайн байна уу, {holder}.

        Та "{module}" модулийг {hours} цагаар амжилттай дүүргэлээ. Гэрчилгээний код: {code}
        Үүнийг хэн ч /api/v1/certificates/{code} хаягаар шалгаж болно.
        """);

    public override EmailText English { get; } = new(
        "Certificate: {module}",
        """
        Dear {holder},

        You completed the module "{module}" with {hours} hours attended. Certificate code: {code}
        Anyone can verify it at /api/v1/certificates/{code}.
        """);
}
