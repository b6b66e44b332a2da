namespace Hub.Application.Common.Notifications;

/// <summary>
/// One kind of e-mail in both of the hub's languages (ADR 0025). Subclasses are found by reflection and looked up by
/// <see cref="Name"/>, which is stored in the outbox: renaming one strands the messages still pending.
/// </summary>
public abstract class EmailTemplate
{
    public abstract string Name { get; }

    public abstract EmailText Mongolian { get; }

    public abstract EmailText English { get; }

    public EmailText In(string culture) => culture == NotificationCultures.English ? English : Mongolian;

    /// <summary>A value as it reads in <paramref name="culture"/>; a template overrides this for values that are words (an outcome, an optional phrase).</summary>
    public virtual string Localize(string placeholder, string value, string culture) => value;
}
