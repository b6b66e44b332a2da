using Hub.Api.Common.Web;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>The strings of the manager's seed-capital pages: calls, a call's committee and ranking, grants and their tranches.</summary>
public static class ManageCallsText
{
    public static readonly Localized Calls = CommonText.SeedCapitalCalls;
    public static readonly Localized NoCalls = new("No call yet.", "Одоогоор уралдаант шалгаруулалт алга.");
    public static readonly Localized Title = new("Title", "Нэр");
    public static readonly Localized Window = new("Open", "Хүлээн авах хугацаа");
    public static readonly Localized WindowValue = new("{0} to {1}", "{0}-с {1} хүртэл");
    public static readonly Localized Budget = new("Budget", "Төсөв");
    public static readonly Localized MaxGrant = new("Largest grant", "Дээд хэмжээ");
    public static readonly Localized ProposalCount = new("Proposals", "Төслийн санал");
    public static readonly Localized OpenCall = new("Open a call", "Шалгаруулалт зарлах");
    public static readonly Localized Kind = new("Kind of call", "Шалгаруулалтын төрөл");
    public static readonly Localized KindSeedCapital = new("Seed capital", "Үрийн санхүүжилт");
    public static readonly Localized KindPilot = new("Pilot project competition", "Туршилтын төслийн уралдаан");
    public static readonly Localized Currency = new("Currency", "Валют");
    public static readonly Localized BudgetAmount = new("Budget of the call", "Шалгаруулалтын нийт төсөв");
    public static readonly Localized MaxGrantAmount = new("Largest grant to one venture", "Нэг бизнест олгох дээд хэмжээ");
    public static readonly Localized MinScore = new("Lowest score that can be funded (0–10)", "Санхүүжих доод оноо (0–10)");
    public static readonly Localized OpensAt = new("Takes proposals from", "Санал хүлээн авч эхлэх");
    public static readonly Localized ClosesAt = new("Deadline for proposals", "Санал хүлээн авах эцсийн хугацаа");
    public static readonly Localized EvaluationDeadline = new("Evaluations due (optional)", "Үнэлгээ дуусах хугацаа (заавал биш)");
    public static readonly Localized EvaluationDeadlineHint = new(
        "Left empty, evaluations are due 14 days after the deadline.",
        "Хоосон бол үнэлгээг эцсийн хугацаанаас хойш 14 хоногт дуусгана.");
    public static readonly Localized AllowTeams = new("Teams without an accepted application may propose", "Тэнцсэн өргөдөлгүй баг санал ирүүлж болно");
    public static readonly Localized Criteria = new("Criteria and their weights (blank rows are left out)", "Шалгуурууд ба жин (хоосон мөрийг тооцохгүй)");
    public static readonly Localized CriterionName = new("Criterion {0}", "Шалгуур {0}");
    public static readonly Localized CriterionWeight = new("Weight of criterion {0}", "Шалгуур {0}-ийн жин");
    public static readonly Localized CallOpened = new("The call {0} is created.", "{0} шалгаруулалт үүслээ.");
    public static readonly Localized AllCalls = new("All calls", "Бүх шалгаруулалт");
    public static readonly Localized Terms = new("Terms", "Нөхцөл");
    public static readonly Localized MinScoreShort = new("Lowest fundable score", "Санхүүжих доод оноо");
    public static readonly Localized EvaluationsDue = new("Evaluations due", "Үнэлгээ дуусах хугацаа");
    public static readonly Localized Weight = new("Weight", "Жин");
    public static readonly Localized CriteriaHeading = new("Criteria", "Шалгуурууд");
    public static readonly Localized Committee = new("Evaluation committee", "Үнэлгээний комисс");
    public static readonly Localized NoEvaluators = new("No evaluator is appointed yet.", "Одоогоор үнэлгээч томилогдоогүй байна.");
    public static readonly Localized EvaluatorProgress = new("{0} ({1}): evaluated {2} of {3}", "{0} ({1}): {3}-аас {2}-г үнэлсэн");
    public static readonly Localized EvaluatorEmail = new("E-mail of an evaluator account", "Үнэлгээчийн бүртгэлийн и-мэйл");
    public static readonly Localized EvaluatorEmailHint = new(
        "The person needs an account with the Evaluator role.",
        "Тухайн хүн үнэлгээч эрхтэй бүртгэлтэй байх ёстой.");
    public static readonly Localized Appoint = new("Appoint", "Томилох");
    public static readonly Localized Appointed = new("{0} is appointed to the committee.", "{0} комисст томилогдлоо.");
    public static readonly Localized Proposals = new("Proposals", "Төслийн саналууд");
    public static readonly Localized NoProposals = new("No proposal yet.", "Одоогоор төслийн санал алга.");
    public static readonly Localized Venture = new("Venture", "Бизнес");
    public static readonly Localized Requested = new("Requested", "Хүссэн дүн");
    public static readonly Localized Evaluations = new("Evaluations", "Үнэлгээ");
    public static readonly Localized EvaluationsValue = new("{0} scored, {1} with a conflict", "{0} үнэлсэн, {1} зөрчилтэй");
    public static readonly Localized Comments = new("Evaluators' comments ({0})", "Үнэлгээчдийн тайлбар ({0})");
    public static readonly Localized Ranking = new("Ranking", "Эрэмбэ");
    public static readonly Localized RankingPreview = new(
        "As the award would decide now, from the evaluations so far. A proposal is ranked with at least {0} evaluations without a conflict and a score of at least {1}; equal scores go to the earlier submission; each in turn is funded in full if the remaining budget covers it, otherwise skipped, and a later, smaller one may still fit.",
        "Одоогийн үнэлгээгээр шийдвэр гаргавал ийм байна. Ашиг сонирхлын зөрчилгүй дор хаяж {0} үнэлгээтэй, {1}-ээс доошгүй оноотой санал эрэмбэлэгдэнэ; оноо тэнцвэл эрт илгээсэн нь түрүүлнэ; дарааллаар нь үлдэгдэл төсөв хүрэлцвэл хүссэн дүнгээр бүрэн санхүүжүүлж, хүрэлцэхгүй бол алгасна; дараагийн бага дүнтэй санал багтаж болно.");
    public static readonly Localized RankingAwarded = new("As awarded on {0}.", "{0}-нд шийдвэрлэсэн.");
    public static readonly Localized NotRanked = new("No proposal is ranked yet.", "Одоогоор эрэмбэлэгдсэн санал алга.");
    public static readonly Localized Rank = new("Rank", "Байр");
    public static readonly Localized Score = new("Score", "Оноо");
    public static readonly Localized Result = new("Result", "Үр дүн");
    public static readonly Localized Fundable = new("Within the budget: {0}", "Төсөвт багтана: {0}");
    public static readonly Localized OverBudget = new("Not within the remaining budget", "Үлдэгдэл төсөвт багтахгүй");
    public static readonly Localized Funded = new("Grant of {0}", "{0} буцалтгүй тусламж");
    public static readonly Localized NotFunded = new("Not funded", "Санхүүжээгүй");
    public static readonly Localized Totals = new("Funded {0}; left of the budget {1}", "Санхүүжүүлсэн {0}; төсвийн үлдэгдэл {1}");
    public static readonly Localized Award = new("Award the call", "Шалгаруулалтын шийдвэр гаргах");
    public static readonly Localized AwardHint = new(
        "The award runs once: it funds the proposals shown within the budget, makes their grants and ends the call.",
        "Шийдвэрийг нэг л удаа гаргана: төсөвт багтсан саналуудыг санхүүжүүлж, буцалтгүй тусламж үүсгэн, шалгаруулалтыг дуусгана.");
    public static readonly Localized AwardOnceOpen = new("The call can be awarded once it opens, {0}.", "Шалгаруулалт {0}-нд нээгдсэний дараа шийдвэр гаргах боломжтой.");
    public static readonly Localized AwardDone = new("The call is awarded: {0} grants.", "Шалгаруулалтын шийдвэр гарлаа: {0} буцалтгүй тусламж.");
    public static readonly Localized Grants = CommonText.Grants;
    public static readonly Localized NoGrants = new("No grant yet.", "Одоогоор буцалтгүй тусламж алга.");
    public static readonly Localized Call = new("Call", "Шалгаруулалт");
    public static readonly Localized Amount = new("Grant", "Тусламжийн дүн");
    public static readonly Localized Released = new("Paid out", "Олгосон");
    public static readonly Localized Remaining = new("Still to pay", "Олгох үлдэгдэл");
    public static readonly Localized Tranches = new("Tranches", "Санхүүжилтийн хэсгүүд");
    public static readonly Localized AwardedOn = new("Awarded", "Олгосон огноо");
    public static readonly Localized OpenGrant = new("Open", "Нээх");
    public static readonly Localized GrantFigures = new("Paid out {0} of {1}; still to pay {2}", "{1}-аас {0} олгосон; олгох үлдэгдэл {2}");
    public static readonly Localized Tranche = new("Tranche {0}: {1}", "{0}-р хэсэг: {1}");
    public static readonly Localized DueOn = new("Due {0}", "Хугацаа {0}");
    public static readonly Localized Reported = new("Reported {0}; jobs created: {1}", "{0}-нд тайлагнасан; шинэ ажлын байр: {1}");
    public static readonly Localized Paid = new("Paid {0} ({1} at {2} per euro) on {3}", "{3}-нд {0} олгосон ({1}, 1 евро = {2})");
    public static readonly Localized Approve = new("Approve and release tranche {0}", "{0}-р хэсгийг батлан олгох");
    public static readonly Localized ApproveHint = new(
        "Released in euros: no exchange rate is needed.",
        "Евроор олгоно: ханш шаардлагагүй.");
    public static readonly Localized TodayRate = new(
        "Released at today's rate: 1 € = {0} {1} ({2}).",
        "Өнөөдрийн ханшаар олгоно: 1 € = {0} {1} ({2}).");
    public static readonly Localized RateLabel = new("Euro rate today: {0} for 1 € ({1})", "Өнөөдрийн еврогийн ханш: 1 € = ? {0} ({1})");
    public static readonly Localized RateHint = new(
        "No rate is recorded for today yet: it is recorded with the approval, and every tranche released today uses it.",
        "Өнөөдрийн ханш бүртгэгдээгүй байна: батлахад бүртгэгдэж, өнөөдөр олгох бүх хэсэгт хэрэглэгдэнэ.");
    public static readonly Localized ApprovedDone = new("Tranche {0} is released.", "{0}-р хэсгийг олголоо.");

    private static readonly Dictionary<string, Localized> CallStatuses = new(StringComparer.Ordinal)
    {
        ["Awarded"] = new("Awarded", "Шийдвэрлэсэн"),
    };

    /// <summary>A call's status: the common names, and <c>Awarded</c> as a call's (not a proposal's) state.</summary>
    public static string CallStatus(string status) => CallStatuses.TryGetValue(status, out var name) ? name.ToString() : StatusNames.Of(status);

    public static string KindOf(string kind) => kind == "PilotCompetition" ? KindPilot.ToString() : KindSeedCapital.ToString();
}
