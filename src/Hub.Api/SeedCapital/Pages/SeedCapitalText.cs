using Hub.Api.Common.Web;

namespace Hub.Api.SeedCapital.Pages;

public static class SeedCapitalText
{
    public static readonly Localized SeedCapital = new("Seed capital", "Үрийн санхүүжилт");
    public static readonly Localized OpenCalls = new("Open calls", "Нээлттэй уралдаант шалгаруулалт");
    public static readonly Localized NoOpenCalls = new("No call takes proposals now.", "Одоогоор санал хүлээн авч буй шалгаруулалт алга.");
    public static readonly Localized CallTerms = new("Up to {0} per venture, {1} in all; closes {2}", "Нэг бизнест {0} хүртэл, нийт {1}; {2}-нд хаагдана");
    public static readonly Localized Opens = new("Opens {0}", "{0}-нд нээгдэнэ");
    public static readonly Localized Propose = new("Write a proposal", "Төсөл бичих");
    public static readonly Localized MyProposals = new("My proposals", "Миний төслүүд");
    public static readonly Localized NoProposals = new("You have no proposal yet.", "Танд одоогоор төсөл алга.");
    public static readonly Localized NewProposal = new("Proposal to {0}", "{0}-д ирүүлэх төсөл");
    public static readonly Localized Application = new("Accepted application it builds on", "Үндэслэх тэнцсэн өргөдөл");
    public static readonly Localized NoAcceptedApplication = new("Only founders with an accepted application may propose to this call.", "Энэ шалгаруулалтад зөвхөн өргөдөл нь тэнцсэн үүсгэн байгуулагч төсөл ирүүлнэ.");
    public static readonly Localized TeamName = new("Team name (if you have no accepted application)", "Багийн нэр (тэнцсэн өргөдөлгүй бол)");
    public static readonly Localized NoApplication = new("None: we propose as a team", "Байхгүй: баг болж ирүүлнэ");
    public static readonly Localized RequestedAmount = new("Amount requested ({0})", "Хүсэх дүн ({0})");
    public static readonly Localized MaxGrantHint = new("At most {0}.", "Дээд тал нь {0}.");
    public static readonly Localized Summary = new("Summary: what the grant pays for and what it achieves", "Товч агуулга: санхүүжилтээр юу хийж, юунд хүрэх вэ");
    public static readonly Localized BudgetLines = new("Budget (optional): the lines add up to the amount requested", "Төсөв (заавал биш): мөрүүдийн нийлбэр хүсэх дүнтэй тэнцүү");
    public static readonly Localized Item = new("Item {0}", "Зардал {0}");
    public static readonly Localized ItemAmount = new("Amount of item {0}", "Зардал {0}-ийн дүн");
    public static readonly Localized Milestones = new("Milestones (optional): each pays a tranche; the tranches add up to the amount requested", "Үе шат (заавал биш): үе шат бүр нэг хэсэг санхүүжилт; нийлбэр нь хүсэх дүнтэй тэнцүү");
    public static readonly Localized MilestoneTitle = new("Milestone {0}", "Үе шат {0}");
    public static readonly Localized MilestoneDue = new("Due date of milestone {0}", "Үе шат {0}-ийн хугацаа");
    public static readonly Localized MilestoneAmount = new("Tranche of milestone {0}", "Үе шат {0}-ийн санхүүжилт");
    public static readonly Localized MoreRowsHint = new("Need more lines? Save the draft: a blank line is added each time.", "Илүү мөр хэрэгтэй юу? Ноорог хадгалахад хоосон мөр нэмэгдэнэ.");
    public static readonly Localized SaveDraft = new("Save draft", "Ноорог хадгалах");
    public static readonly Localized DraftSaved = new("Your draft is saved. Submit it before the call closes.", "Ноорог хадгалагдлаа. Шалгаруулалт хаагдахаас өмнө илгээнэ үү.");
    public static readonly Localized Submit = new("Submit the proposal", "Төслийг илгээх");
    public static readonly Localized Submitted = new("Your proposal is submitted. The committee will evaluate it after the call closes.", "Таны төсөл илгээгдлээ. Шалгаруулалт хаагдсаны дараа комисс үнэлнэ.");
    public static readonly Localized SubmitBefore = new("Submit before {0}; a submitted proposal cannot be changed.", "{0}-ээс өмнө илгээнэ үү; илгээсэн төслийг өөрчлөх боломжгүй.");
    public static readonly Localized Call = new("Call", "Шалгаруулалт");
    public static readonly Localized Requested = new("Requested", "Хүссэн дүн");
    public static readonly Localized SubmittedAt = new("Submitted", "Илгээсэн");
    public static readonly Localized Grant = new("Grant", "Санхүүжилт");
    public static readonly Localized Funded = new("Funded: a grant of {0}", "Санхүүжигдсэн: {0}");
    public static readonly Localized NotFunded = new("Not funded in this call.", "Энэ шалгаруулалтаар санхүүжигдээгүй.");
    public static readonly Localized Released = new("Paid so far: {0}", "Одоогоор олгосон: {0}");
    public static readonly Localized Tranches = new("Tranches", "Санхүүжилтийн хэсгүүд");
    public static readonly Localized Open = new("Open", "Нээх");
    public static readonly Localized Milestone = new("Milestone", "Үе шат");
    public static readonly Localized Amount = new("Amount", "Дүн");
    public static readonly Localized SummaryHeading = new("Summary", "Товч агуулга");
    public static readonly Localized Budget = new("Budget", "Төсөв");
    public static readonly Localized MilestonesHeading = new("Milestones", "Үе шатууд");
    public static readonly Localized Edit = new("Change the draft", "Ноорог засах");

    private static readonly Dictionary<string, Localized> Statuses = new(StringComparer.Ordinal)
    {
        ["Draft"] = new("Draft", "Ноорог"),
        ["Submitted"] = new("Submitted", "Илгээсэн"),
        ["Awarded"] = new("Funded", "Санхүүжигдсэн"),
        ["NotFunded"] = new("Not funded", "Санхүүжигдээгүй"),
        ["Pending"] = new("Pending", "Хүлээгдэж буй"),
        ["Reported"] = new("Reported", "Тайлагнасан"),
        ["Released"] = new("Paid", "Олгосон"),
    };

    /// <summary>A proposal's or tranche's status as the founder reads it.</summary>
    public static string StatusOf(string status) => Statuses.TryGetValue(status, out var name) ? name.ToString() : StatusNames.Of(status);
    public static readonly Localized MyCalls = new("Calls I evaluate", "Миний үнэлдэг уралдаант шалгаруулалтууд");
    public static readonly Localized NoCalls = new("You are not appointed to evaluate any call yet.", "Та одоогоор аль ч шалгаруулалтын үнэлгээчээр томилогдоогүй байна.");
    public static readonly Localized Closes = new("Closes {0}", "{0}-нд хаагдана");
    public static readonly Localized EvaluateBy = new("Evaluate by {0}", "{0}-ны дотор үнэлнэ");
    public static readonly Localized MaxGrant = new("Grant of at most {0}", "Дээд тал нь {0} буцалтгүй тусламж");
    public static readonly Localized Proposals = new("Proposals", "Төслийн саналууд");
    public static readonly Localized Progress = new("You evaluated {0} of {1} proposals.", "Та {1} саналаас {0}-г үнэлсэн.");
    public static readonly Localized Evaluated = new("Evaluated", "Үнэлсэн");
    public static readonly Localized NotEvaluated = new("Not evaluated", "Үнэлээгүй");
    public static readonly Localized Evaluate = new("Evaluate", "Үнэлэх");
    public static readonly Localized Revise = new("Revise", "Засах");
    public static readonly Localized Proposal = new("Proposal: {0}", "Төслийн санал: {0}");
    public static readonly Localized Scale = new("Score each criterion from 0 (weak) to {0} (strong).", "Шалгуур бүрийг 0 (сул)-аас {0} (сайн) хүртэл үнэлнэ үү.");
    public static readonly Localized Weight = new("weight {0}", "жин {0}");
    public static readonly Localized EvaluatorComment = new("Comment for the committee (optional)", "Комисст зориулсан тайлбар (заавал биш)");
    public static readonly Localized EvaluatorCommentHint = new(
        "Managers and you read it; the founder does not.",
        "Үүнийг менежерүүд болон та л харна; үүсгэн байгуулагч харахгүй.");
    public static readonly Localized SaveScores = new("Save scores", "Оноо хадгалах");
    public static readonly Localized Saved = new("Your scores are saved; you can revise them until the call is awarded.", "Таны оноо хадгалагдлаа; шалгаруулалтын шийдвэр гарах хүртэл засах боломжтой.");
    public static readonly Localized Conflict = new("Conflict of interest: closed to you", "Ашиг сонирхлын зөрчил: танд хаалттай");
    public static readonly Localized DeclareConflict = new("I have a conflict of interest with this proposal", "Энэ саналтай ашиг сонирхлын зөрчилтэй");
    public static readonly Localized ConflictDeclared = new("Your conflict is recorded; this proposal is closed to you.", "Таны зөрчил бүртгэгдлээ; энэ санал танд хаалттай.");
    public static readonly Localized NotOpen = new("This proposal can no longer be evaluated.", "Энэ саналыг үнэлэх боломжгүй болсон.");
    public static readonly Localized NoSubmittedProposals = new("No proposal has been submitted to this call yet.", "Энэ шалгаруулалтад одоогоор төсөл ирээгүй байна.");
    public static readonly Localized Requests = new("Requests {0}", "Хүссэн дүн {0}");
}
