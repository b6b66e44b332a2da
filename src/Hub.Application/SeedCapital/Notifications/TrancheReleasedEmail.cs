using Hub.Application.Common.Notifications;

namespace Hub.Application.SeedCapital.Notifications;

/// <summary>Tells a founder a tranche of their grant was released.</summary>
internal sealed class TrancheReleasedEmail : EmailTemplate
{
    public const string Id = "seedcapital.tranche-released";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Санхүүжилтийн хэсэг шилжүүлэв: {venture}",
        """
        "{venture}" төслийн {number}-р хэсэг ({amount}) батлагдаж шилжүүлэгдлээ.
        """);

    public override EmailText English { get; } = new(
        "Tranche released: {venture}",
        """
        Tranche {number} of your grant for "{venture}" ({amount}) was approved and released.
        """);
}
