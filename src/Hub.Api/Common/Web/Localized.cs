using System.Globalization;

namespace Hub.Api.Common.Web;

/// <summary>One visible string of the pages in both languages; written out in the viewer's language.</summary>
public sealed class Localized(string en, string mn)
{
    public string En { get; } = en;

    public string Mn { get; } = mn;

    public override string ToString() => UiCulture.IsMongolian ? Mn : En;

    /// <summary>The string with its <c>{0}</c>… holes filled, numbers in the viewer's culture.</summary>
    public string With(params object?[] values) => string.Format(CultureInfo.CurrentCulture, ToString(), values);
}
