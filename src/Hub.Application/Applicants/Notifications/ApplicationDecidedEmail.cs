using Hub.Application.Common.Notifications;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Notifications;

/// <summary>Tells a founder the decision on their application; <c>{outcome}</c> holds the <see cref="DecisionOutcome"/> name.</summary>
internal sealed class ApplicationDecidedEmail : EmailTemplate
{
    public const string Id = "applicants.application-decided";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Өргөдлийн шийдвэр: {venture}",
        """
        Сайн байна уу, {founder}.

        "{venture}" төслийн таны өргөдөл {outcome}. Тайлбар: {reason}
        """);

    public override EmailText English { get; } = new(
        "Decision on your application: {venture}",
        """
        Dear {founder},

        Your application for "{venture}" {outcome}. Reason: {reason}
        """);

    public override string Localize(string placeholder, string value, string culture) =>
        placeholder != "outcome" ? value : (Enum.Parse<DecisionOutcome>(value), culture) switch
        {
            (DecisionOutcome.Accept, NotificationCultures.English) => "has been accepted",
            (DecisionOutcome.Reject, NotificationCultures.English) => "has not been accepted",
            (DecisionOutcome.Waitlist, NotificationCultures.English) => "is on the waiting list",
            (DecisionOutcome.Accept, _) => "хүлээн авагдлаа",
            (DecisionOutcome.Reject, _) => "татгалзсан хариу авлаа",
            (DecisionOutcome.Waitlist, _) => "хүлээлгийн жагсаалтад орлоо",
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a decision."),
        };
}
