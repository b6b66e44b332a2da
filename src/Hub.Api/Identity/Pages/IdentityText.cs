using Hub.Api.Common.Web;
using Hub.Domain.Common;

namespace Hub.Api.Identity.Pages;

public static class IdentityText
{
    public static readonly Localized SignInTitle = new("Sign in", "Нэвтрэх");
    public static readonly Localized Email = new("E-mail", "И-мэйл");
    public static readonly Localized Password = new("Password", "Нууц үг");
    public static readonly Localized FullName = new("Full name", "Овог нэр");
    public static readonly Localized WrongCredentials = new("The e-mail or password is wrong, or the account is locked for a few minutes.", "И-мэйл эсвэл нууц үг буруу, эсвэл бүртгэл хэдэн минут түгжигдсэн байна.");
    public static readonly Localized TooMany = new("Too many attempts; try again in {0} seconds.", "Хэт олон оролдлого хийлээ; {0} секундын дараа дахин оролдоно уу.");
    public static readonly Localized NoAccount = new("No account yet? Founders register here.", "Бүртгэлгүй юу? Үүсгэн байгуулагчид энд бүртгүүлнэ.");
    public static readonly Localized RegisterTitle = new("Register as a founder", "Үүсгэн байгуулагчаар бүртгүүлэх");
    public static readonly Localized PasswordHint = new("At least {0} characters.", "Хамгийн багадаа {0} тэмдэгт.");
    public static readonly Localized RegisterButton = new("Register", "Бүртгүүлэх");
    public static readonly Localized SetPasswordTitle = new("Set your password", "Нууц үгээ тохируулах");
    public static readonly Localized PasswordSet = new("Your password is set; sign in with it.", "Нууц үг тохирлоо; түүгээрээ нэвтэрнэ үү.");
    public static readonly Localized SettingsTitle = new("My settings", "Миний тохиргоо");
    public static readonly Localized LanguageLabel = new("Language", "Хэл");
    public static readonly Localized UnknownLanguage = new("Choose Mongolian or English.", "Монгол эсвэл англи хэлийг сонгоно уу.");
    public static readonly Localized TimeZoneLabel = new("Time zone", "Цагийн бүс");
    public static readonly Localized TimeZoneHint = new("Session times, deadlines and dates are shown in this time zone.", "Хичээлийн цаг, эцсийн хугацаа, огноог энэ цагийн бүсээр харуулна.");
    public static readonly Localized SaveSettings = new("Save settings", "Тохиргоо хадгалах");
    public static readonly Localized SettingsSaved = new("Your settings are saved.", "Таны тохиргоо хадгалагдлаа.");
    public static readonly Localized MyData = new("My data", "Миний мэдээлэл");
    public static readonly Localized MyDataHint = new("Download everything the hub holds about you, as one JSON file.", "Төвд хадгалагдаж буй таны бүх мэдээллийг нэг JSON файлаар татаж авна.");
    public static readonly Localized DownloadMyData = new("Download my data", "Миний мэдээллийг татах");
    public static readonly Localized ForgotPassword = new("Forgot your password?", "Нууц үгээ мартсан уу?");
    public static readonly Localized ForgotPasswordTitle = new("Reset your password", "Нууц үгээ сэргээх");
    public static readonly Localized ForgotPasswordIntro = new("Type the e-mail of your account: we send it a one-time link to choose a new password.", "Бүртгэлийнхээ и-мэйлийг бичнэ үү: шинэ нууц үг тохируулах нэг удаагийн холбоосыг тэр хаяг руу илгээнэ.");
    public static readonly Localized SendResetLink = new("Send the link", "Холбоос илгээх");
    public static readonly Localized ResetLinkSent = new("If an account has this e-mail, a one-time link to choose a new password is on its way. It works for {0} hours; check your spam folder too.", "Хэрэв энэ и-мэйлээр бүртгэл байгаа бол шинэ нууц үг тохируулах нэг удаагийн холбоос илгээгдлээ. Холбоос {0} цагийн турш хүчинтэй; спам хавтсаа ч шалгана уу.");
    public static readonly Localized BackToSignIn = new("Back to sign-in", "Нэвтрэх хуудас руу буцах");

    // Administration: the admin home, the accounts and their roles.
    public static readonly Localized AdminIntro = new("What only admins look after: accounts and roles, partner systems, and the hub's machinery.", "Зөвхөн админ хариуцах зүйлс: бүртгэл ба үүрэг, түнш системүүд, төвийн техникийн хэсэг.");
    public static readonly Localized Users = new("Accounts and roles", "Бүртгэл ба үүрэг");
    public static readonly Localized PartnerKeys = new("Partner keys", "Түншийн түлхүүрүүд");
    public static readonly Localized Webhooks = new("Webhooks", "Вебхукууд");
    public static readonly Localized Role = new("Role", "Үүрэг");
    public static readonly Localized RolesLabel = new("Roles", "Үүргүүд");
    public static readonly Localized AnyRole = new("Any role", "Бүх үүрэг");
    public static readonly Localized Search = new("Name or e-mail contains", "Нэр эсвэл и-мэйлд агуулагдах");
    public static readonly Localized Find = new("Find", "Хайх");
    public static readonly Localized UserTotal = new("Accounts found: {0}", "Олдсон бүртгэл: {0}");
    public static readonly Localized AccountState = new("State", "Төлөв");
    public static readonly Localized Active = new("Active", "Идэвхтэй");
    public static readonly Localized Locked = new("Locked", "Түгжигдсэн");
    public static readonly Localized Erased = new("Erased", "Устгагдсан");
    public static readonly Localized CreatedOn = new("Created", "Үүсгэсэн");
    public static readonly Localized PageOf = new("Page {0} of {1}", "{1}-ийн {0}-р хуудас");
    public static readonly Localized Previous = new("Previous page", "Өмнөх хуудас");
    public static readonly Localized Next = new("Next page", "Дараагийн хуудас");
    public static readonly Localized NewAccount = new("Create a staff account", "Ажилтны бүртгэл үүсгэх");
    public static readonly Localized NewAccountHint = new("The person signs in with this password; ask them to change it. Only an admin creates Admin and Manager accounts.", "Тухайн хүн энэ нууц үгээр нэвтэрнэ; түүнийг солихыг хүснэ үү. Админ болон менежерийн бүртгэлийг зөвхөн админ үүсгэнэ.");
    public static readonly Localized AccountCreated = new("The account of {0} is created.", "{0}-ийн бүртгэл үүслээ.");
    public static readonly Localized SaveRoles = new("Save roles", "Үүргийг хадгалах");
    public static readonly Localized RolesHint = new("Saving ends the person's sign-ins: they sign in again with the new roles. A founder cannot also be a Manager or an Admin.", "Хадгалахад тухайн хүний нэвтрэлт дуусна: шинэ үүргээрээ дахин нэвтэрнэ. Үүсгэн байгуулагч нь менежер эсвэл админ байж болохгүй.");
    public static readonly Localized RolesSaved = new("The roles of {0} are saved.", "{0}-ийн үүрэг хадгалагдлаа.");
    public static readonly Localized Lock = new("Lock the account", "Бүртгэлийг түгжих");
    public static readonly Localized LockHint = new("A locked account cannot sign in, and every sign-in it has ends at once.", "Түгжигдсэн бүртгэлээр нэвтрэх боломжгүй бөгөөд одоогийн бүх нэвтрэлт нь шууд дуусна.");
    public static readonly Localized LockedDone = new("The account of {0} is locked.", "{0}-ийн бүртгэл түгжигдлээ.");
    public static readonly Localized Unlock = new("Unlock the account", "Бүртгэлийн түгжээг тайлах");
    public static readonly Localized UnlockedDone = new("The account of {0} is unlocked.", "{0}-ийн бүртгэлийн түгжээ тайлагдлаа.");
    public static readonly Localized BackToUsers = new("Back to the accounts", "Бүртгэлүүд рүү буцах");

    /// <summary>A role's name as people read it.</summary>
    public static Localized RoleName(string role) => role switch
    {
        Roles.Admin => new("Admin", "Админ"),
        Roles.Manager => new("Programme manager", "Хөтөлбөрийн менежер"),
        Roles.Mentor => new("Mentor", "Ментор"),
        Roles.Judge => new("Judge", "Шүүгч"),
        Roles.Evaluator => new("Evaluator", "Үнэлгээчин"),
        Roles.Trainer => new("Trainer", "Сургагч багш"),
        Roles.Founder => new("Founder", "Үүсгэн байгуулагч"),
        _ => new(role, role),
    };
}
