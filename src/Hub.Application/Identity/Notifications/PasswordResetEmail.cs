using Hub.Application.Common.Notifications;

namespace Hub.Application.Identity.Notifications;

/// <summary>Gives a person who forgot their password the one-time link that chooses a new one.</summary>
internal sealed class PasswordResetEmail : EmailTemplate
{
    public const string Id = "identity.password-reset";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "EU-DIEH: нууц үгээ сэргээх",
        """
        Сайн байна уу, {name}.

        Таны EU-DIEH хабын бүртгэлийн нууц үгийг сэргээх хүсэлт ирлээ. Шинэ нууц үгээ доорх нэг удаагийн холбоосоор тохируулна уу ({hours} цагийн дотор):
        {link}
        Шинэ нууц үг тохируулахад бусад төхөөрөмж дээрх нэвтрэлт бүгд дуусна.
        Хэрэв та энэ хүсэлтийг гаргаагүй бол энэ захидлыг үл тоомсорлоно уу: таны нууц үг өөрчлөгдөхгүй.
        """);

    public override EmailText English { get; } = new(
        "EU-DIEH: reset your password",
        """
        Dear {name},

        Someone asked to reset the password of your EU-DIEH hub account. Choose a new password with this one-time link (it expires in {hours} hours):
        {link}
        Setting a new password signs you out everywhere else.
        If you did not ask for this, ignore this e-mail: your password stays as it is.
        """);
}
