using Hub.Application.Common.Notifications;

namespace Hub.Application.DemoDay.Notifications;

/// <summary>Tells a pitching founder their venture's place; <c>{awards}</c> is a comma list, empty for none.</summary>
internal sealed class DemoDayResultsEmail : EmailTemplate
{
    public const string Id = "demoday.results-published";

    public override string Name => Id;

    public override EmailText Mongolian { get; } = new(
        "Demo Day-ийн дүн: {demoDay}",
        """
        "{venture}" төсөл {pitches} төслөөс {rank}-р байр эзэллээ.{awards}
        """);

    public override EmailText English { get; } = new(
        "Demo Day results: {demoDay}",
        """
        "{venture}" placed {rank} of {pitches} at {demoDay}.{awards}
        """);

    public override string Localize(string placeholder, string value, string culture) =>
        placeholder != "awards" || value.Length == 0 ? value
        : culture == NotificationCultures.English ? $" Awards: {value}."
        : $" Шагнал: {value}.";
}
