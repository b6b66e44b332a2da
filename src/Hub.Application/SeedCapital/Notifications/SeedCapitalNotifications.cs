using System.Globalization;
using Hub.Application.Common.Notifications;
using Hub.Domain.SeedCapital;

namespace Hub.Application.SeedCapital.Notifications;

/// <summary>What founders and evaluators are told about calls, rendered in each recipient's language when sent.</summary>
internal static class SeedCapitalNotifications
{
    public static OutgoingNotification EvaluationReminder(Guid evaluatorUserId, string callTitle, int proposalsLeft, DateTimeOffset deadline) =>
        OutgoingNotification.FromTemplate(
            evaluatorUserId,
            EvaluationReminderEmail.Id,
            ("call", callTitle),
            ("left", proposalsLeft.ToString(CultureInfo.InvariantCulture)),
            ("deadline", deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    public static OutgoingNotification Outcome(Guid founderUserId, string ventureName, string callTitle, Money? amount) =>
        amount is not null
            ? OutgoingNotification.FromTemplate(founderUserId, ProposalFundedEmail.Id, ("venture", ventureName), ("call", callTitle), ("amount", amount.ToString()))
            : OutgoingNotification.FromTemplate(founderUserId, ProposalNotFundedEmail.Id, ("venture", ventureName), ("call", callTitle));

    public static OutgoingNotification TrancheReleased(Guid founderUserId, string ventureName, int number, Money amount) =>
        OutgoingNotification.FromTemplate(
            founderUserId, TrancheReleasedEmail.Id, ("venture", ventureName), ("number", number.ToString(CultureInfo.InvariantCulture)), ("amount", amount.ToString()));
}
