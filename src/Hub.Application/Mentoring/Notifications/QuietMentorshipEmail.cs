using Hub.Application.Common.Notifications;

namespace Hub.Application.Mentoring.Notifications;

/// <summary>Reminds a mentor whose last logged session is more than two weeks old.</summary>
internal sealed class QuietMentorshipEmail : EmailTemplate
{
    public const string Id = "mentoring.quiet-mentorship";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "EU-DIEH: {venture} төсөлтэй уулзах цаг болсон уу?",
        """
        "{venture}" төсөлтэй хийсэн таны сүүлийн уулзалт {lastSession}-нд эхэлсэн нь хоёр долоо хоногоос өмнө байна. Үүсгэн байгуулагчтайгаа уулзаж, уулзалтаа бүртгэнэ үү.
        """);

    public override EmailText English { get; } = new(
        "EU-DIEH: time for a session with {venture}?",
        """
        Your last logged session with "{venture}" started on {lastSession}, more than two weeks ago. Please meet your founder and log the session.
        """);
}
