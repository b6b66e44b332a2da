namespace Hub.Api.Common.Web;

/// <summary>The strings of the layout and the home page.</summary>
public static class CommonText
{
    public static readonly Localized HubName = new("EU-Darkhan Innovation & Entrepreneurship Hub", "ЕХ-Дарханы Инновац ба Бизнес Эрхлэлтийн Төв");
    public static readonly Localized Home = new("Home", "Нүүр");
    public static readonly Localized Language = new("Language", "Хэл");
    public static readonly Localized SignIn = new("Sign in", "Нэвтрэх");
    public static readonly Localized SignOut = new("Sign out", "Гарах");
    public static readonly Localized Register = new("Register as a founder", "Үүсгэн байгуулагчаар бүртгүүлэх");
    public static readonly Localized Welcome = new("Welcome, {0}", "Тавтай морил, {0}");
    public static readonly Localized WhatNext = new("What you can do", "Таны хийж болох зүйлс");
    public static readonly Localized Intro = new(
        "The platform for intakes, training, mentoring, seed capital and Demo Day.",
        "Элсэлт, сургалт, зөвлөгөө, үрийн хөрөнгө, Demo Day-г нэг дор.");
    public static readonly Localized AnonymousNext = new(
        "Founders register and apply to the open intake; mentors, judges and staff sign in with the account the hub gave them.",
        "Үүсгэн байгуулагчид бүртгүүлж нээлттэй элсэлтэд өргөдөл гаргана; зөвлөх, шүүгч, ажилтнууд төвөөс олгосон бүртгэлээр нэвтэрнэ.");
    public static readonly Localized MyApplications = new("My applications", "Миний өргөдлүүд");
    public static readonly Localized MyMentor = new("My mentor", "Миний зөвлөх");
    public static readonly Localized MyGrant = new("My grant", "Миний буцалтгүй тусламж");
    public static readonly Localized MyTraining = new("My training", "Миний сургалт");
    public static readonly Localized SeedCapital = new("Seed capital", "Үрийн санхүүжилт");
    public static readonly Localized MySettings = new("My settings", "Миний тохиргоо");
    public static readonly Localized MyMentorships = new("My mentorships", "Миний зөвлөгөө");
    public static readonly Localized Judging = new("Demo Day judging", "Demo Day үнэлгээ");
    public static readonly Localized Evaluation = new("Proposal evaluation", "Төслийн саналын үнэлгээ");
    public static readonly Localized Applications = new("Applications", "Өргөдлүүд");
    public static readonly Localized Intakes = new("Intakes", "Элсэлтүүд");
    public static readonly Localized DemoDays = new("Demo Days", "Demo Day-үүд");
    public static readonly Localized DemoDayResults = new("Demo Day results", "Demo Day-ийн үр дүн");
    public static readonly Localized Matching = new("Mentor matching", "Зөвлөх хуваарилалт");
    public static readonly Localized Indicators = new("Donor indicators", "Донорын үзүүлэлтүүд");
    public static readonly Localized TrainingSessions = new("Training sessions", "Сургалтын хичээлүүд");
    public static readonly Localized SeedCapitalCalls = new("Seed-capital calls", "Үрийн санхүүжилтийн шалгаруулалт");
    public static readonly Localized Grants = new("Grants", "Буцалтгүй тусламжууд");
    public static readonly Localized Jobs = new("Background jobs", "Арын ажлууд");
    public static readonly Localized ApiReference = new("API reference", "API лавлах");
    public static readonly Localized Denied = new("You may not open this page.", "Та энэ хуудсыг нээх эрхгүй.");
    public static readonly Localized ChangedMeanwhile = new(
        "Someone changed this in the meantime; reload the page and try again.",
        "Энэ мэдээллийг өөр хүн өөрчилсөн байна; хуудсаа дахин ачаалаад оролдоно уу.");
    public static readonly Localized FixBelow = new("Please correct the following:", "Дараахыг засна уу:");
    public static readonly Localized Save = new("Save", "Хадгалах");
    public static readonly Localized Back = new("Back", "Буцах");
    public static readonly Localized Nothing = new("Nothing here yet.", "Одоогоор хоосон байна.");
    public static readonly Localized Status = new("Status", "Төлөв");
    public static readonly Localized SkipToContent = new("Skip to content", "Агуулга руу шилжих");
    public static readonly Localized Administration = new("Administration", "Удирдлага");
}
