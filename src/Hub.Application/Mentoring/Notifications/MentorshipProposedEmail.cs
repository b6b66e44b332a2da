using Hub.Application.Common.Notifications;

namespace Hub.Application.Mentoring.Notifications;

/// <summary>Asks a mentor whether they take the venture the matching proposed.</summary>
internal sealed class MentorshipProposedEmail : EmailTemplate
{
    public const string Id = "mentoring.mentorship-proposed";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "EU-DIEH: та {venture} төсөлд зөвлөх болох уу?",
        """
        Хабын тохируулга таныг "{venture}" төслийн зөвлөхөөр санал болгож байна.

        Саналыг хаб дээр хүлээн авах эсвэл татгалзана уу (таны саналууд: GET /api/v1/mentorships?status=Proposed).
        """);

    public override EmailText English { get; } = new(
        "EU-DIEH: would you mentor {venture}?",
        """
        The hub's matching proposes you as the mentor of "{venture}".

        Please accept or decline the proposal in the hub (your proposals: GET /api/v1/mentorships?status=Proposed).
        """);
}
