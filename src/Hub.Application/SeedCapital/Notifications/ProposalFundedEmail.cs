using Hub.Application.Common.Notifications;

namespace Hub.Application.SeedCapital.Notifications;

/// <summary>Tells a founder their proposal was awarded a grant.</summary>
internal sealed class ProposalFundedEmail : EmailTemplate
{
    public const string Id = "seedcapital.proposal-funded";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Санхүүжилт олгогдлоо: {venture}",
        """
        "{call}" уралдаанд "{venture}" төсөлд {amount} олгохоор шийдвэрлэлээ. Гэрээ болон хэсэгчилсэн санхүүжилтийн мэдээллийг платформоос үзнэ үү.
        """);

    public override EmailText English { get; } = new(
        "Your proposal is funded: {venture}",
        """
        Your proposal "{venture}" in the call "{call}" is awarded {amount}. See the grant agreement and its tranches on the platform.
        """);
}
