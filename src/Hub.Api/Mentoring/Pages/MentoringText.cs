using Hub.Api.Common.Web;

namespace Hub.Api.Mentoring.Pages;

public static class MentoringText
{
    public static readonly Localized MyMentees = new("My mentees", "Миний зөвлөх авагчид");
    public static readonly Localized Venture = new("Venture", "Бизнес");
    public static readonly Localized Hours = new("Hours", "Цаг");
    public static readonly Localized MyHours = new("My hours: {0} h in {1} sessions", "Миний цаг: {1} уулзалтад {0} цаг");
    public static readonly Localized Accept = new("Accept", "Зөвшөөрөх");
    public static readonly Localized Decline = new("Decline", "Татгалзах");
    public static readonly Localized Accepted = new("You accepted the mentorship.", "Та зөвлөгөө өгөхийг зөвшөөрлөө.");
    public static readonly Localized Declined = new("You declined the mentorship.", "Та зөвлөгөө өгөхөөс татгалзлаа.");
    public static readonly Localized LogSession = new("Log a session", "Уулзалт бүртгэх");
    public static readonly Localized LogSessionFor = new("Log a session with {0}", "{0}-тай хийсэн уулзалт бүртгэх");
    public static readonly Localized StartedAt = new("When did it start?", "Хэзээ эхэлсэн бэ?");
    public static readonly Localized Duration = new("Minutes", "Минут");
    public static readonly Localized Format = new("Format", "Хэлбэр");
    public static readonly Localized OneToOne = new("One to one", "Ганцаарчилсан");
    public static readonly Localized Group = new("Group", "Бүлгээр");
    public static readonly Localized Topics = new("Topics", "Сэдэв");
    public static readonly Localized Actions = new("Agreed actions (optional)", "Тохирсон алхмууд (заавал биш)");
    public static readonly Localized SessionLogged = new("The session is logged.", "Уулзалт бүртгэгдлээ.");
    public static readonly Localized NoMentorships = new("No mentorships yet.", "Одоогоор зөвлөгөө алга.");
    public static readonly Localized MyMentor = new("My mentor", "Миний зөвлөх");
    public static readonly Localized Sessions = new("Sessions", "Уулзалтууд");
    public static readonly Localized Rating = new("How useful was it? (1–5)", "Хэр хэрэгтэй байсан бэ? (1–5)");
    public static readonly Localized Comment = new("Comment (optional)", "Сэтгэгдэл (заавал биш)");
    public static readonly Localized Confirm = new("Confirm and rate", "Баталгаажуулж үнэлэх");
    public static readonly Localized Confirmed = new("Confirmed, rated {0} of 5", "Баталгаажсан, 5-аас {0}");
    public static readonly Localized SessionConfirmed = new("Thank you: the session is confirmed.", "Баярлалаа: уулзалт баталгаажлаа.");
    public static readonly Localized Matching = new("Mentor matching", "Зөвлөх хуваарилалт");
    public static readonly Localized Intake = new("Intake", "Элсэлт");
    public static readonly Localized RunMatching = new("Run matching", "Хуваарилалт тооцоолох");
    public static readonly Localized RunQueued = new("Matching is being computed; this page refreshes itself.", "Хуваарилалтыг тооцоолж байна; хуудас өөрөө шинэчлэгдэнэ.");
    public static readonly Localized Assignments = new("Assignments", "Хуваарилалт");
    public static readonly Localized Mentor = new("Mentor", "Зөвлөх");
    public static readonly Localized Application = new("Application", "Өргөдөл");
    public static readonly Localized Score = new("Score", "Оноо");
    public static readonly Localized Reasons = new("Reasons", "Үндэслэл");
    public static readonly Localized Unmatched = new("Applications left without a mentor: {0}", "Зөвлөхгүй үлдсэн өргөдөл: {0}");
    public static readonly Localized TotalScore = new("Total score {0}", "Нийт оноо {0}");
    public static readonly Localized Publish = new("Publish: propose each assignment to its mentor", "Нийтлэх: хуваарилалт бүрийг зөвлөхөд санал болгох");
    public static readonly Localized Published = new("Published: {0} mentorships proposed.", "Нийтэллээ: {0} зөвлөгөө санал болгосон.");
    public static readonly Localized PublishedAt = new("Published {0}", "{0}-д нийтэлсэн");
    public static readonly Localized Failed = new("The run failed: {0}", "Тооцоолол амжилтгүй: {0}");
}
