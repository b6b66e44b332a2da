using Hub.Application.Common.Notifications;

namespace Hub.Application.SeedCapital.Notifications;

/// <summary>Tells a founder their proposal was not funded this time.</summary>
internal sealed class ProposalNotFundedEmail : EmailTemplate
{
    public const string Id = "seedcapital.proposal-not-funded";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Уралдааны дүн: {venture}",
        """
        "{call}" уралдаанд "{venture}" төсөл энэ удаад санхүүжилт авсангүй.
        """);

    public override EmailText English { get; } = new(
        "Outcome of the call: {venture}",
        """
        Your proposal "{venture}" in the call "{call}" was not funded this time.
        """);
}
