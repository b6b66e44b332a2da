using Hub.Application.Common.Notifications;

namespace Hub.Application.Mentoring.Notifications;

/// <summary>Reminds a mentor who has logged no session two weeks after accepting.</summary>
internal sealed class NoSessionYetEmail : EmailTemplate
{
    public const string Id = "mentoring.no-session-yet";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "EU-DIEH: {venture} төсөлтэй уулзах цаг болсон уу?",
        """
        Та зөвшөөрснөөс хойш хоёр долоо хоног өнгөрсөн ч "{venture}" төсөлтэй уулзалт бүртгэгдээгүй байна. Үүсгэн байгуулагчтайгаа уулзаж, уулзалтаа бүртгэнэ үү.
        """);

    public override EmailText English { get; } = new(
        "EU-DIEH: time for a session with {venture}?",
        """
        No session with "{venture}" has been logged yet, two weeks after you accepted. Please meet your founder and log the session.
        """);
}
