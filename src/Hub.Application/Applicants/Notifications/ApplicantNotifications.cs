using Hub.Application.Common.Notifications;
using Hub.Application.Identity.Contracts;

namespace Hub.Application.Applicants.Notifications;

/// <summary>What founders are told about their application, in Mongolian with English below.</summary>
internal static class ApplicantNotifications
{
    public static OutgoingNotification Received(IdentityPersonDto founder, string ventureName) =>
        new(
            founder.Id,
            founder.Email,
            founder.FullName,
            $"Өргөдөл хүлээн авлаа / Application received: {ventureName}",
            $"""
             Сайн байна уу, {founder.FullName}.
             "{ventureName}" төслийн таны өргөдлийг EU-DIEH хүлээн авлаа. Шийдвэр гармагц танд мэдэгдэнэ.

             Dear {founder.FullName},
             EU-DIEH has received your application for "{ventureName}". We will tell you as soon as it is decided.
             """,
            "mn");

    public static OutgoingNotification Decided(IdentityPersonDto founder, string ventureName, string decision, string reason)
    {
        var (mn, en) = decision switch
        {
            "Accept" => ("хүлээн авагдлаа", "has been accepted"),
            "Reject" => ("татгалзсан хариу авлаа", "has not been accepted"),
            _ => ("хүлээлгийн жагсаалтад орлоо", "is on the waiting list"),
        };
        return new(
            founder.Id,
            founder.Email,
            founder.FullName,
            $"Өргөдлийн шийдвэр / Decision on your application: {ventureName}",
            $"""
             Сайн байна уу, {founder.FullName}.
             "{ventureName}" төслийн таны өргөдөл {mn}. Тайлбар: {reason}

             Dear {founder.FullName},
             Your application for "{ventureName}" {en}. Reason: {reason}
             """,
            "mn");
    }
}
