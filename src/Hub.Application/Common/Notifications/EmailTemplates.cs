using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Application.Common.Notifications;

/// <summary>
/// Every <see cref="EmailTemplate"/> of the application, by name, and their rendering: placeholders are filled with the
/// values (through <see cref="EmailTemplate.Localize"/>), and the HTML part is the plain text encoded as a whole, so no
/// value can inject markup. A placeholder without a value is an error, never an empty gap in a sent e-mail.
/// </summary>
public static partial class EmailTemplates
{
    private static readonly Dictionary<string, EmailTemplate> ByName = typeof(EmailTemplate).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(EmailTemplate)) && !t.IsAbstract)
        .Select(t => (EmailTemplate)Activator.CreateInstance(t, nonPublic: true)!)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<EmailTemplate> All => ByName.Values;

    public static RenderedEmail Render(string template, IReadOnlyDictionary<string, string> values, string culture)
    {
        var found = ByName.TryGetValue(template, out var t) ? t : throw new InvalidOperationException($"No e-mail template is named '{template}'.");
        var language = NotificationCultures.IsKnown(culture) ? culture : NotificationCultures.Mongolian;
        var text = found.In(language);
        var subject = Fill(found, text.Subject, values, language);
        var body = Fill(found, text.Body, values, language);
        return new RenderedEmail(subject, body, Html(subject, body, language), language);
    }

    /// <summary>The placeholder names a text uses.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(EmailText text) =>
        Placeholder().Matches(text.Subject + "\n" + text.Body).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string Fill(EmailTemplate template, string text, IReadOnlyDictionary<string, string> values, string culture) =>
        Placeholder().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? template.Localize(match.Groups[1].Value, value, culture)
                : throw new InvalidOperationException($"E-mail template '{template.Name}' needs a value for {{{match.Groups[1].Value}}}."));

    private static string Html(string subject, string text, string culture)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(culture).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5\">");
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(WebUtility.HtmlEncode))).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
