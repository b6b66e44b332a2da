using Hub.Api.Common.Web;

namespace Hub.Api.DemoDay.Pages;

public static class DemoDayText
{
    public static readonly Localized MyDemoDays = new("My Demo Days", "Миний Demo Day");
    public static readonly Localized NoDays = new("You judge no Demo Day yet.", "Та одоогоор Demo Day-д шүүгч биш байна.");
    public static readonly Localized Pitches = new("Pitches", "Илтгэлүүд");
    public static readonly Localized Progress = new("You scored {0} of {1} pitches.", "Та {1} илтгэлээс {0}-г үнэлсэн.");
    public static readonly Localized Now = new("On stage now", "Одоо тайзан дээр");
    public static readonly Localized Scored = new("Scored {0}", "Үнэлсэн {0}");
    public static readonly Localized NotScored = new("Not scored", "Үнэлээгүй");
    public static readonly Localized Conflict = new("Conflict of interest: closed to you", "Ашиг сонирхлын зөрчил: танд хаалттай");
    public static readonly Localized ScorePitch = new("Score", "Үнэлэх");
    public static readonly Localized Revise = new("Revise", "Засах");
    public static readonly Localized ScoreSheet = new("Score sheet: {0}", "Үнэлгээний хуудас: {0}");
    public static readonly Localized Scale = new("From {0} (weak) to {1} (strong)", "{0} (сул)-аас {1} (сайн) хүртэл");
    public static readonly Localized Weight = new("weight {0}", "жин {0}");
    public static readonly Localized SaveScores = new("Save scores", "Оноо хадгалах");
    public static readonly Localized Saved = new("Your scores are saved; you can revise them until scoring closes.", "Таны оноо хадгалагдлаа; үнэлгээ хаагдах хүртэл засах боломжтой.");
    public static readonly Localized NotOpen = new("Scoring is not open for this Demo Day.", "Энэ Demo Day-н үнэлгээ нээлттэй биш байна.");
    public static readonly Localized DeclareConflict = new("I have a conflict of interest with this pitch", "Энэ илтгэлтэй ашиг сонирхлын зөрчилтэй");
    public static readonly Localized ConflictDeclared = new("Your conflict is recorded; this pitch is closed to you.", "Таны зөрчил бүртгэгдлээ; энэ илтгэл танд хаалттай.");
    public static readonly Localized Slot = new("Slot {0}", "{0}-р ээлж");
    public static readonly Localized DayName = new("Demo Day", "Demo Day");
    public static readonly Localized HeldOn = new("Held on", "Болох өдөр");
    public static readonly Localized Venue = new("Venue", "Байршил");
    public static readonly Localized Judges = new("Judges", "Шүүгчид");
    public static readonly Localized ScaleMin = new("Lowest score", "Хамгийн бага оноо");
    public static readonly Localized ScaleMax = new("Highest score", "Хамгийн их оноо");
    public static readonly Localized Criteria = new("Criteria (leave unused rows blank)", "Шалгуурууд (ашиглахгүй мөрийг хоосон үлдээнэ)");
    public static readonly Localized CriterionName = new("Criterion {0}", "{0}-р шалгуур");
    public static readonly Localized CriterionWeight = new("Weight of criterion {0}", "{0}-р шалгуурын жин");
    public static readonly Localized PlanDay = new("Plan a Demo Day", "Demo Day төлөвлөх");
    public static readonly Localized Planned = new("{0} is planned.", "{0} төлөвлөгдлөө.");
    public static readonly Localized Results = new("Demo Day results", "Demo Day-ийн үр дүн");
    public static readonly Localized NoResultsYet = new("No Demo Day results are published yet.", "Одоогоор нийтэлсэн Demo Day-ийн үр дүн алга.");
    public static readonly Localized PitchCount = new("{0} pitches", "{0} танилцуулга");
    public static readonly Localized Place = new("Place", "Байр");
    public static readonly Localized Venture = new("Venture", "Бизнес");
    public static readonly Localized Score = new("Score", "Оноо");
    public static readonly Localized Awards = new("Awards", "Шагнал");
    public static readonly Localized YourVenture = new("Your venture", "Таны бизнес");
}
