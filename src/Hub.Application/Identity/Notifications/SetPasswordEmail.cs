using Hub.Application.Common.Notifications;

namespace Hub.Application.Identity.Notifications;

/// <summary>Gives a person whose account the hub opened (a mentor, a judge) the one-time link that sets their password.</summary>
internal sealed class SetPasswordEmail : EmailTemplate
{
    public const string Id = "identity.set-password";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "EU-DIEH: нууц үгээ тохируулна уу",
        """
        Сайн байна уу, {name}.

        EU-DIEH хаб танд {role} эрхтэй бүртгэл нээлээ. Нууц үгээ доорх нэг удаагийн холбоосоор тохируулна уу ({hours} цагийн дотор):
        {link}
        (POST /api/v1/auth/set-password: userId, token, password.)
        """);

    public override EmailText English { get; } = new(
        "EU-DIEH: set your password",
        """
        Dear {name},

        The EU-DIEH hub has opened an account for you with the role {role}. Set your password with this one-time link (it expires in {hours} hours):
        {link}
        (POST /api/v1/auth/set-password with userId, token and password.)
        """);
}
