using Hub.Application.Common.Notifications;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Notifications;

/// <summary>What founders are told about their application, in Mongolian with English below.</summary>
internal static class ApplicantNotifications
{
    public static OutgoingNotification Received(Guid founderUserId, string founderName, string ventureName) =>
        new(
            founderUserId,
            $"Өргөдөл хүлээн авлаа / Application received: {ventureName}",
            $"""
             Сайн байна уу, {founderName}.
             "{ventureName}" төслийн таны өргөдлийг EU-DIEH хүлээн авлаа. Шийдвэр гармагц танд мэдэгдэнэ.

             Dear {founderName},
             EU-DIEH has received your application for "{ventureName}". We will tell you as soon as it is decided.
             """,
            "mn");

    public static OutgoingNotification Decided(Guid founderUserId, string founderName, string ventureName, DecisionOutcome outcome, string reason)
    {
        var (mn, en) = outcome switch
        {
            DecisionOutcome.Accept => ("хүлээн авагдлаа", "has been accepted"),
            DecisionOutcome.Reject => ("татгалзсан хариу авлаа", "has not been accepted"),
            DecisionOutcome.Waitlist => ("хүлээлгийн жагсаалтад орлоо", "is on the waiting list"),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a decision."),
        };
        return new(
            founderUserId,
            $"Өргөдлийн шийдвэр / Decision on your application: {ventureName}",
            $"""
             Сайн байна уу, {founderName}.
             "{ventureName}" төслийн таны өргөдөл {mn}. Тайлбар: {reason}

             Dear {founderName},
             Your application for "{ventureName}" {en}. Reason: {reason}
             """,
            "mn");
    }
}
