using Hub.Api.Common.Web;

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
}
