using Hub.Api.Common.Web;

namespace Hub.Api.Applicants.Pages;

public static class ApplicantsText
{
    public static readonly Localized MyApplications = new("My applications", "Миний өргөдлүүд");
    public static readonly Localized OpenIntakes = new("Open intakes", "Нээлттэй элсэлтүүд");
    public static readonly Localized NoOpenIntake = new("No intake is open right now.", "Одоогоор нээлттэй элсэлт алга.");
    public static readonly Localized ClosesAt = new("Applications close {0}", "Өргөдөл хүлээн авах хугацаа {0}-д дуусна");
    public static readonly Localized Apply = new("Apply", "Өргөдөл гаргах");
    public static readonly Localized NewApplication = new("Apply to {0}", "{0}-д өргөдөл гаргах");
    public static readonly Localized Venture = new("Venture name", "Бизнесийн нэр");
    public static readonly Localized Sector = new("Sector", "Салбар");
    public static readonly Localized Description = new("What does the venture do?", "Бизнес юу хийдэг вэ?");
    public static readonly Localized AboutYou = new("About you", "Таны тухай");
    public static readonly Localized FullName = new("Full name", "Овог нэр");
    public static readonly Localized Gender = new("Gender", "Хүйс");
    public static readonly Localized BirthYear = new("Year of birth", "Төрсөн он");
    public static readonly Localized Soum = new("Soum", "Сум");
    public static readonly Localized Phone = new("Phone", "Утас");
    public static readonly Localized PhoneHint = new("With the country code, e.g. +976 9911 2233.", "Улсын кодтой, жишээ нь +976 9911 2233.");
    public static readonly Localized Languages = new("Languages you speak", "Таны ярьдаг хэл");
    public static readonly Localized SaveDraft = new("Save draft", "Ноорог хадгалах");
    public static readonly Localized DraftSaved = new("Your draft is saved. Submit it before the deadline.", "Ноорог хадгалагдлаа. Хугацаанаас өмнө илгээнэ үү.");
    public static readonly Localized Submit = new("Submit application", "Өргөдөл илгээх");
    public static readonly Localized Submitted = new("Your application is submitted.", "Таны өргөдөл илгээгдлээ.");
    public static readonly Localized SubmittedAt = new("Submitted", "Илгээсэн");
    public static readonly Localized Decision = new("Decision", "Шийдвэр");
    public static readonly Localized Reason = new("Reason", "Үндэслэл");
    public static readonly Localized NoApplications = new("You have no applications yet.", "Танд өргөдөл алга байна.");
    public static readonly Localized Choose = new("Choose…", "Сонгоно уу…");
    public static readonly Localized Applications = new("Applications", "Өргөдлүүд");
    public static readonly Localized Intake = new("Intake", "Элсэлт");
    public static readonly Localized AllIntakes = new("All intakes", "Бүх элсэлт");
    public static readonly Localized AnyStatus = new("Any status", "Бүх төлөв");
    public static readonly Localized Filter = new("Show", "Харуулах");
    public static readonly Localized Founder = new("Founder", "Үүсгэн байгуулагч");
    public static readonly Localized Select = new("Select {0}", "{0}-г сонгох");
    public static readonly Localized DecideSelected = new("Decide the selected applications", "Сонгосон өргөдлүүдэд шийдвэр гаргах");
    public static readonly Localized Decided = new("Decided {0} applications.", "{0} өргөдөлд шийдвэр гаргалаа.");
    public static readonly Localized NoneSelected = new("Select at least one application.", "Дор хаяж нэг өргөдөл сонгоно уу.");
    public static readonly Localized Total = new("{0} applications", "{0} өргөдөл");
    public static readonly Localized IntakeTotal = new("{0} intakes", "{0} элсэлт");
    public static readonly Localized IntakeName = new("Intake name", "Элсэлтийн нэр");
    public static readonly Localized OpensAt = new("Opens", "Нээгдэх");
    public static readonly Localized Deadline = new("Deadline", "Эцсийн хугацаа");
    public static readonly Localized Capacity = new("Seats", "Суудлын тоо");
    public static readonly Localized Seats = new("Accepted / seats", "Тэнцсэн / суудал");
    public static readonly Localized SeatsOf = new("{0} / {1}", "{0} / {1}");
    public static readonly Localized ApplicationsOf = new("Applications to {0}", "{0}-ийн өргөдлүүд");
    public static readonly Localized ScheduleIntake = new("Schedule an intake", "Элсэлт товлох");
    public static readonly Localized IntakeScheduled = new("Intake {0} is scheduled.", "{0} элсэлт товлогдлоо.");

    private static readonly Dictionary<string, Localized> Sectors = new()
    {
        ["Agriculture"] = new("Agriculture", "Хөдөө аж ахуй"),
        ["Tourism"] = new("Tourism", "Аялал жуулчлал"),
        ["Social"] = new("Social enterprise", "Нийгмийн бизнес"),
        ["Technology"] = new("Technology", "Технологи"),
        ["Manufacturing"] = new("Manufacturing", "Үйлдвэрлэл"),
        ["Services"] = new("Services", "Үйлчилгээ"),
        ["Other"] = new("Other", "Бусад"),
    };

    private static readonly Dictionary<string, Localized> Genders = new()
    {
        ["Female"] = new("Female", "Эмэгтэй"),
        ["Male"] = new("Male", "Эрэгтэй"),
        ["Other"] = new("Other", "Бусад"),
    };

    private static readonly Dictionary<string, Localized> LanguageNames = new()
    {
        ["mn"] = new("Mongolian", "Монгол"),
        ["en"] = new("English", "Англи"),
        ["ru"] = new("Russian", "Орос"),
        ["zh"] = new("Chinese", "Хятад"),
        ["kk"] = new("Kazakh", "Казах"),
    };

    private static readonly Dictionary<string, Localized> Outcomes = new()
    {
        ["Accept"] = new("Accept", "Тэнцүүлэх"),
        ["Reject"] = new("Reject", "Тэнцүүлэхгүй"),
        ["Waitlist"] = new("Waitlist", "Хүлээлгийн жагсаалтад"),
    };

    public static IReadOnlyDictionary<string, Localized> DecisionNames => Outcomes;

    public static IReadOnlyDictionary<string, Localized> SectorNames => Sectors;

    public static IReadOnlyDictionary<string, Localized> GenderNames => Genders;

    public static IReadOnlyDictionary<string, Localized> LanguageOptions => LanguageNames;

    public static string SectorOf(string sector) => Sectors.TryGetValue(sector, out var name) ? name.ToString() : sector;
}
