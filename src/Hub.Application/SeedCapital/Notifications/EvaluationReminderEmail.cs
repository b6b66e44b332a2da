using Hub.Application.Common.Notifications;

namespace Hub.Application.SeedCapital.Notifications;

/// <summary>Reminds an evaluator of the proposals of a call still waiting for their evaluation.</summary>
internal sealed class EvaluationReminderEmail : EmailTemplate
{
    public const string Id = "seedcapital.evaluation-reminder";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Үнэлгээний сануулга: {call}",
        """
        "{call}" уралдааны {left} төсөл таны үнэлгээг хүлээж байна. Эцсийн хугацаа: {deadline} UTC.
        """);

    public override EmailText English { get; } = new(
        "Evaluation reminder: {call}",
        """
        {left} proposal(s) of the call "{call}" still await your evaluation. The evaluation deadline is {deadline} UTC.
        """);
}
