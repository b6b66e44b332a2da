using Hub.Api.Common.Web;
using Hub.Domain.Reporting.Indicators;

namespace Hub.Api.Reporting.Pages;

public static class ReportingText
{
    public static readonly Localized Indicators = new("Donor indicators", "Донорын үзүүлэлтүүд");
    public static readonly Localized Intro = new(
        "The EU logframe's output indicators, counted from the hub's records, against their targets.",
        "ЕХ-ны логик хүрээний үр дүнгийн үзүүлэлтүүд, хабын бүртгэлээс тоологдсон, зорилттой нь харьцуулсан.");
    public static readonly Localized Period = new("Period: {0} to {1}", "Хугацаа: {0} – {1}");
    public static readonly Localized From = new("From", "Эхлэх өдөр");
    public static readonly Localized To = new("To", "Дуусах өдөр");
    public static readonly Localized Show = new("Show", "Харуулах");
    public static readonly Localized OfTarget = new("{0} of {1} ({2} %)", "{1}-ээс {0} ({2} %)");
    public static readonly Localized NoTarget = new("{0} (no target)", "{0} (зорилтгүй)");
    public static readonly Localized Breakdown = new("Breakdown by sex, age and soum", "Хүйс, нас, сумаар задалсан");
    public static readonly Localized Sex = new("Sex", "Хүйс");
    public static readonly Localized AgeBand = new("Age at the period's end", "Хугацааны эцэст насны бүлэг");
    public static readonly Localized Soum = new("Soum", "Сум");
    public static readonly Localized Count = new("Count", "Тоо");
    public static readonly Localized Female = new("Female", "Эмэгтэй");
    public static readonly Localized Male = new("Male", "Эрэгтэй");
    public static readonly Localized Other = new("Other", "Бусад");
    public static readonly Localized Unknown = new("Unknown", "Тодорхойгүй");
    public static readonly Localized Under25 = new("Under 25", "25 хүртэл");
    public static readonly Localized From45 = new("45 and over", "45 ба түүнээс дээш");
    public static readonly Localized Amount = new("Amount: {0} = {1}", "Дүн: {0} = {1}");
    public static readonly Localized Exports = new("Exports for the auditors (CSV)", "Аудиторт зориулсан экспорт (CSV)");
    public static readonly Localized ExportsHint = new(
        "For the period above; people appear by their user id only, without names or contacts.",
        "Дээрх хугацаанд; хүмүүсийг зөвхөн хэрэглэгчийн дугаараар, нэр, холбоо барих мэдээлэлгүйгээр гаргана.");
    public static readonly Localized IndicatorsCsv = new("Indicators and their breakdowns", "Үзүүлэлтүүд ба задаргаа");
    public static readonly Localized ApplicationsCsv = new("Applications", "Өргөдлүүд");
    public static readonly Localized AttendanceCsv = new("Training attendance", "Сургалтын ирц");
    public static readonly Localized MentoringSessionsCsv = new("Mentoring sessions", "Зөвлөгөөний уулзалтууд");
    public static readonly Localized GrantsCsv = new("Grants", "Санхүүжилтүүд");

    /// <summary>The indicator's name in the viewer's language; the catalogue's English name for a code added later.</summary>
    public static string NameOf(string code, string englishName) =>
        Names.TryGetValue(code, out var name) ? name.ToString() : englishName;

    public static string UnitOf(string unit) => Units.TryGetValue(unit, out var name) ? name.ToString() : unit;

    private static readonly Dictionary<string, Localized> Names = new(StringComparer.Ordinal)
    {
        [IndicatorCatalog.CitizensTrained] = new("Citizens trained", "Сургалтад хамрагдсан иргэд"),
        [IndicatorCatalog.TrainingHours] = new("Training hours delivered", "Зохион байгуулсан сургалтын цаг"),
        [IndicatorCatalog.TopicsDelivered] = new("Topics delivered", "Заасан сэдэв"),
        [IndicatorCatalog.TrainingProgrammes] = new("Training programmes", "Сургалтын хөтөлбөр"),
        [IndicatorCatalog.EntrepreneursTrained] = new("Entrepreneurs trained", "Сургалт төгссөн бизнес эрхлэгчид"),
        [IndicatorCatalog.ActiveMentors] = new("Active mentors", "Идэвхтэй зөвлөхүүд"),
        [IndicatorCatalog.GroupMentoringHours] = new("Group mentoring hours", "Бүлгийн зөвлөгөөний цаг"),
        [IndicatorCatalog.MentoringSessions] = new("Mentoring sessions", "Зөвлөгөөний уулзалт"),
        [IndicatorCatalog.MentoringHours] = new("Mentoring hours", "Зөвлөгөөний цаг"),
        [IndicatorCatalog.SeedGrants] = new("Seed grants awarded", "Олгосон үрийн санхүүжилт"),
        [IndicatorCatalog.DemoDayPitches] = new("Demo Day pitches", "Demo Day-д танилцуулсан төсөл"),
        [IndicatorCatalog.Awards] = new("EU-DIEH Awards", "EU-DIEH шагнал гардуулах ёслол"),
        [IndicatorCatalog.PilotProjects] = new("Pilot projects funded", "Санхүүжүүлсэн туршилтын төсөл"),
        [IndicatorCatalog.JobsCreated] = new("Jobs created", "Бий болсон ажлын байр"),
    };

    private static readonly Dictionary<string, Localized> Units = new(StringComparer.Ordinal)
    {
        ["persons"] = new("persons", "хүн"),
        ["hours"] = new("hours", "цаг"),
        ["topics"] = new("topics", "сэдэв"),
        ["programmes"] = new("programmes", "хөтөлбөр"),
        ["mentors"] = new("mentors", "зөвлөх"),
        ["sessions"] = new("sessions", "уулзалт"),
        ["grants"] = new("grants", "санхүүжилт"),
        ["pitches"] = new("pitches", "танилцуулга"),
        ["award ceremonies"] = new("award ceremonies", "ёслол"),
        ["projects"] = new("projects", "төсөл"),
        ["jobs"] = new("jobs", "ажлын байр"),
    };
}
