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
