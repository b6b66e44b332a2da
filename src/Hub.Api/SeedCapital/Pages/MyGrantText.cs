using Hub.Api.Common.Web;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>The strings of a founder's grant page.</summary>
public static class MyGrantText
{
    public static readonly Localized MyGrant = CommonText.MyGrant;
    public static readonly Localized NoGrant = new(
        "You have no grant yet: a grant is made when a call awards your proposal.",
        "Танд одоогоор буцалтгүй тусламж алга: таны төслийг уралдаанаар шалгаруулахад олгоно.");
    public static readonly Localized Awarded = new("Awarded {0}", "{0}-нд олгосон");
    public static readonly Localized Released = new("Paid out: {0} of {1}", "Олгосон: {1}-аас {0}");
    public static readonly Localized Tranches = new("Tranches", "Санхүүжилтийн хэсгүүд");
    public static readonly Localized Tranche = new("Tranche {0}: {1}", "{0}-р хэсэг: {1}");
    public static readonly Localized DueOn = new("Due {0}", "Хугацаа {0}");
    public static readonly Localized ReportedOn = new("Reported {0}", "{0}-нд тайлагнасан");
    public static readonly Localized JobsReported = new("Jobs created: {0}", "Шинээр бий болгосон ажлын байр: {0}");
    public static readonly Localized PaidOn = new("Paid {0} ({1}) on {2}", "{2}-нд {0} ({1}) олгосон");
    public static readonly Localized ReportMilestone = new("Report this milestone done", "Энэ үе шатыг биелсэн гэж тайлагнах");
    public static readonly Localized Report = new("What was done (the hub checks it before paying)", "Юу хийгдсэн бэ (төв шалгаад санхүүжилтийг олгоно)");
    public static readonly Localized JobsCreated = new(
        "Jobs created: people newly employed since the grant or your previous report",
        "Шинээр бий болгосон ажлын байр: тусламж авснаас эсвэл өмнөх тайлангаас хойш шинээр ажилд авсан хүний тоо");
    public static readonly Localized Send = new("Send the report", "Тайлан илгээх");
    public static readonly Localized Sent = new("Your report is sent; the hub will approve the tranche.", "Таны тайлан илгээгдлээ; төв санхүүжилтийн хэсгийг батална.");

    private static readonly Dictionary<string, Localized> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Pending"] = new("To report", "Тайлагнах"),
        ["Reported"] = new("Reported, awaiting approval", "Тайлагнасан, батлахыг хүлээж байна"),
        ["Released"] = new("Paid out", "Олгосон"),
    };

    public static string Status(string status) => Statuses.TryGetValue(status, out var name) ? name.ToString() : status;
}
