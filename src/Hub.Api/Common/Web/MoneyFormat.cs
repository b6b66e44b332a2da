using System.Globalization;

namespace Hub.Api.Common.Web;

/// <summary>Money as the viewer reads it: tögrög without decimals, euro with cents, grouped in the viewer's culture.</summary>
public static class MoneyFormat
{
    public static string Format(decimal amount, string currency) => currency.ToUpperInvariant() switch
    {
        "MNT" => amount.ToString("#,0", Numbers) + " ₮",
        "EUR" => amount.ToString("#,0.00", Numbers) + " €",
        _ => amount.ToString("#,0.##", Numbers) + " " + currency,
    };

    /// <summary>Groups with a narrow no-break space and a point for decimals in both languages, so "1 500 000 ₮" never wraps or misreads.</summary>
    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = "\u202F", NumberDecimalSeparator = "." };
}
