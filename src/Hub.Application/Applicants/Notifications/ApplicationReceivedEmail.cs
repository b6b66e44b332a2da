using Hub.Application.Common.Notifications;

namespace Hub.Application.Applicants.Notifications;

/// <summary>Tells a founder that their submitted application arrived.</summary>
internal sealed class ApplicationReceivedEmail : EmailTemplate
{
    public const string Id = "applicants.application-received";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Өргөдөл хүлээн авлаа: {venture}",
        """
        Сайн байна уу, {founder}.

        "{venture}" төслийн таны өргөдлийг EU-DIEH хүлээн авлаа. Шийдвэр гармагц танд мэдэгдэнэ.
        """);

    public override EmailText English { get; } = new(
        "Application received: {venture}",
        """
        Dear {founder},

        EU-DIEH has received your application for "{venture}". We will tell you as soon as it is decided.
        """);
}
