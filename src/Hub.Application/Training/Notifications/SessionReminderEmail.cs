using Hub.Application.Common.Notifications;

namespace Hub.Application.Training.Notifications;

/// <summary>Reminds a participant of a training session the day before; <c>{at}</c> is local time with its offset.</summary>
internal sealed class SessionReminderEmail : EmailTemplate
{
    public const string Id = "training.session-reminder";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Сургалтын сануулга: {title}",
        """
        Сайн байна уу, {participant}.

        "{title}" сургалт {at}-д эхэлнэ. Хаана: {where}
        """);

    public override EmailText English { get; } = new(
        "Training reminder: {title}",
        """
        Dear {participant},

        The training session "{title}" starts at {at}. Where: {where}
        """);
}
