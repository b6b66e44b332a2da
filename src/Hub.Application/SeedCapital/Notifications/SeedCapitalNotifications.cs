using Hub.Application.Common.Notifications;
using Hub.Domain.SeedCapital;

namespace Hub.Application.SeedCapital.Notifications;

/// <summary>What founders and evaluators are told about calls, in Mongolian with English below.</summary>
internal static class SeedCapitalNotifications
{
    public static OutgoingNotification EvaluationReminder(Guid evaluatorUserId, string callTitle, int proposalsLeft, DateTimeOffset deadline) =>
        new(
            evaluatorUserId,
            $"Үнэлгээний сануулга / Evaluation reminder: {callTitle}",
            $"""
             "{callTitle}" уралдааны {proposalsLeft} төсөл таны үнэлгээг хүлээж байна. Эцсийн хугацаа: {deadline:yyyy-MM-dd HH:mm} UTC.

             {proposalsLeft} proposal(s) of the call "{callTitle}" still await your evaluation. The evaluation deadline is {deadline:yyyy-MM-dd HH:mm} UTC.
             """,
            "mn");

    public static OutgoingNotification Outcome(Guid founderUserId, string ventureName, string callTitle, Money? amount) =>
        amount is not null
            ? new(
                founderUserId,
                $"Санхүүжилт олгогдлоо / Your proposal is funded: {ventureName}",
                $"""
                 "{callTitle}" уралдаанд "{ventureName}" төсөлд {amount} олгохоор шийдвэрлэлээ. Гэрээ болон хэсэгчилсэн санхүүжилтийн мэдээллийг платформоос үзнэ үү.

                 Your proposal "{ventureName}" in the call "{callTitle}" is awarded {amount}. See the grant agreement and its tranches on the platform.
                 """,
                "mn")
            : new(
                founderUserId,
                $"Уралдааны дүн / Outcome of the call: {ventureName}",
                $"""
                 "{callTitle}" уралдаанд "{ventureName}" төсөл энэ удаад санхүүжилт авсангүй.

                 Your proposal "{ventureName}" in the call "{callTitle}" was not funded this time.
                 """,
                "mn");

    public static OutgoingNotification TrancheReleased(Guid founderUserId, string ventureName, int number, Money amount) =>
        new(
            founderUserId,
            $"Санхүүжилтийн хэсэг шилжүүлэв / Tranche released: {ventureName}",
            $"""
             "{ventureName}" төслийн {number}-р хэсэг ({amount}) батлагдаж шилжүүлэгдлээ.

             Tranche {number} of your grant for "{ventureName}" ({amount}) was approved and released.
             """,
            "mn");
}
