using Hub.Api.Common.Web;

namespace Hub.Api.Training.Pages;

public static class TrainingText
{
    public static readonly Localized MyTraining = new("My training", "Миний сургалт");
    public static readonly Localized Hours = new("My hours", "Миний цаг");
    public static readonly Localized TotalHours = new("{0} h in all: {1} h of training, {2} h of mentoring", "Нийт {0} цаг: сургалт {1} цаг, зөвлөгөө {2} цаг");
    public static readonly Localized Modules = new("Modules", "Модулиуд");
    public static readonly Localized Module = new("Module", "Модуль");
    public static readonly Localized Attended = new("Attended", "Суусан");
    public static readonly Localized Planned = new("Planned", "Төлөвлөсөн");
    public static readonly Localized ModuleHours = new("{0} of {1} h", "{1} цагаас {0}");
    public static readonly Localized Completed = new("Completed", "Дүүргэсэн");
    public static readonly Localized InProgress = new("In progress", "Явцад");
    public static readonly Localized Certificates = new("Certificates", "Гэрчилгээ");
    public static readonly Localized NoCertificates = new("No certificate yet: a module is certified once you attend 80 % of its hours.", "Одоогоор гэрчилгээ алга: модулийн цагийн 80 %-д суувал гэрчилгээ олгоно.");
    public static readonly Localized CertificateLine = new("{0} h, issued on {1}", "{0} цаг, {1}-нд олгосон");
    public static readonly Localized VerificationCode = new("Verification code", "Баталгаажуулах код");
    public static readonly Localized Verify = new("Check it online", "Онлайнаар шалгах");
    public static readonly Localized VerifyHint = new("Anyone (a bank, an employer) can check the certificate with this link, without signing in.", "Энэ холбоосоор хэн ч (банк, ажил олгогч) нэвтрэлгүйгээр гэрчилгээг шалгаж болно.");
    public static readonly Localized Upcoming = new("Upcoming sessions", "Удахгүй болох хичээлүүд");
    public static readonly Localized Past = new("Past sessions", "Өнгөрсөн хичээлүүд");
    public static readonly Localized NoUpcoming = new("No session is scheduled yet.", "Одоогоор товлосон хичээл алга.");
    public static readonly Localized NoPast = new("No past session.", "Өнгөрсөн хичээл алга.");
    public static readonly Localized HoursValue = new("{0} h", "{0} цаг");
    public static readonly Localized CertificateTitle = new("Certificate check", "Гэрчилгээ шалгах");
    public static readonly Localized CertificateValid = new("This certificate was issued by the EU-Darkhan Innovation & Entrepreneurship Hub.", "Энэ гэрчилгээг ЕХ-Дарханы Инновац ба Бизнес Эрхлэлтийн Төв олгосон.");
    public static readonly Localized UnknownCertificate = new("No certificate has this code: check it letter by letter.", "Ийм кодтой гэрчилгээ алга: кодоо үсэг бүрээр нь шалгана уу.");
    public static readonly Localized CertifiedHours = new("Hours", "Цаг");
    public static readonly Localized Holder = new("Holder", "Эзэмшигч");
    public static readonly Localized IssuedOn = new("Issued on", "Олгосон огноо");
    public static readonly Localized Minutes = new("{0} min", "{0} мин");
    public static readonly Localized InPerson = new("In person", "Танхимаар");
    public static readonly Localized Webinar = new("Webinar", "Вебинар");
    public static readonly Localized Join = new("Join link", "Нэгдэх холбоос");
    public static readonly Localized NotYetTaken = new("Register not taken yet", "Ирц бүртгээгүй");
    public static readonly Localized TimesIn = new("Times in {0}.", "Цагийг {0} бүсээр харуулав.");

    public static readonly Localized Programme = new("Programme", "Хөтөлбөр");
    public static readonly Localized AllProgrammes = new("All programmes", "Бүх хөтөлбөр");
    public static readonly Localized Show = new("Show", "Харуулах");
    public static readonly Localized StaffUpcoming = new("Upcoming", "Удахгүй болох");
    public static readonly Localized StaffPast = new("Started and past", "Эхэлсэн ба өнгөрсөн");
    public static readonly Localized Starts = new("Starts", "Эхлэх");
    public static readonly Localized Session = new("Session", "Хичээл");
    public static readonly Localized Register = new("Register", "Ирц");
    public static readonly Localized TakeRegister = new("Register of {0}", "{0}-ийн ирц");
    public static readonly Localized RegisterTaken = new("Taken", "Бүртгэсэн");
    public static readonly Localized NoSessions = new("No session here.", "Энд хичээл алга.");
    public static readonly Localized OnlyYourSessions = new("You see the sessions you run.", "Таны заадаг хичээлүүдийг харуулж байна.");
    public static readonly Localized Programmes = new("Programmes", "Хөтөлбөрүүд");
    public static readonly Localized Participants = new("Participants", "Оролцогчид");
    public static readonly Localized ScheduleSession = new("Schedule a session", "Хичээл товлох");
    public static readonly Localized SessionTitle = new("Title", "Гарчиг");
    public static readonly Localized StartsAtLocal = new("Starts at (your time)", "Эхлэх цаг (таны цагаар)");
    public static readonly Localized DurationMinutes = new("Length in minutes", "Үргэлжлэх хугацаа (минут)");
    public static readonly Localized Mode = new("Form", "Хэлбэр");
    public static readonly Localized Venue = new("Venue (in person)", "Байршил (танхимаар)");
    public static readonly Localized Link = new("Link (webinar)", "Холбоос (вебинар)");
    public static readonly Localized Trainer = new("Trainer", "Сургагч багш");
    public static readonly Localized NoTrainers = new("No trainer has run a session yet, so none can be chosen here; schedule the first session of a new trainer through the API.", "Одоогоор хичээл заасан сургагч багш алга тул энд сонгох боломжгүй; шинэ багшийн анхны хичээлийг API-аар товлоно уу.");
    public static readonly Localized SessionScheduled = new("Session “{0}” scheduled.", "“{0}” хичээлийг товлолоо.");
    public static readonly Localized Founder = new("Founder", "Үүсгэн байгуулагч");
    public static readonly Localized ProgrammeHours = new("{0} h attended in the programme", "Хөтөлбөрт {0} цаг суусан");
    public static readonly Localized SaveRegister = new("Save the register", "Ирц хадгалах");
    public static readonly Localized RegisterSaved = new("Register saved.", "Ирцийг хадгаллаа.");
    public static readonly Localized MarkSomeone = new("Mark at least one participant.", "Дор хаяж нэг оролцогчийн ирцийг тэмдэглэнэ үү.");
    public static readonly Localized YourMark = new("Your mark, not saved: {0}", "Таны хадгалагдаагүй тэмдэглэгээ: {0}");
    public static readonly Localized NoParticipants = new("No one is enrolled in this programme yet.", "Энэ хөтөлбөрт одоогоор хэн ч элсээгүй байна.");
    public static readonly Localized Corrections = new("Corrections", "Засварууд");
    public static readonly Localized NoCorrections = new("No recorded line has been changed.", "Бүртгэсэн ирцийг засаагүй байна.");
    public static readonly Localized When = new("When", "Хэзээ");
    public static readonly Localized Change = new("Change", "Өөрчлөлт");
    public static readonly Localized ChangedBy = new("By", "Хэн");
    public static readonly Localized ChangeFromTo = new("{0} → {1}", "{0} → {1}");

    private static readonly Dictionary<string, Localized> Marks = new(StringComparer.Ordinal)
    {
        ["Present"] = new("Present", "Ирсэн"),
        ["Absent"] = new("Absent", "Ирээгүй"),
        ["Excused"] = new("Excused", "Чөлөөтэй"),
    };

    /// <summary>A founder's attendance mark as they read it.</summary>
    public static string Mark(string? attendance) => attendance is not null && Marks.TryGetValue(attendance, out var name) ? name.ToString() : NotYetTaken.ToString();

    public static string ModuleName(string en, string mn) => UiCulture.IsMongolian && mn.Length > 0 ? mn : en;
}
