using Hub.Application.Common.Notifications;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Notifications;

/// <summary>What founders are told about their application, rendered in each founder's language when sent.</summary>
internal static class ApplicantNotifications
{
    public static OutgoingNotification Received(Guid founderUserId, string founderName, string ventureName) =>
        OutgoingNotification.FromTemplate(founderUserId, ApplicationReceivedEmail.Id, ("founder", founderName), ("venture", ventureName));

    public static OutgoingNotification Decided(Guid founderUserId, string founderName, string ventureName, DecisionOutcome outcome, string reason) =>
        OutgoingNotification.FromTemplate(
            founderUserId, ApplicationDecidedEmail.Id, ("founder", founderName), ("venture", ventureName), ("outcome", outcome.ToString()), ("reason", reason));
}
