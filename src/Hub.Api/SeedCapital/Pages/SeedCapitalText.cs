using Hub.Api.Common.Web;

namespace Hub.Api.SeedCapital.Pages;

public static class SeedCapitalText
{
    public static readonly Localized MyCalls = new("Calls I evaluate", "Миний үнэлдэг уралдаант шалгаруулалтууд");
    public static readonly Localized NoCalls = new("You are not appointed to evaluate any call yet.", "Та одоогоор аль ч шалгаруулалтын үнэлгээчээр томилогдоогүй байна.");
    public static readonly Localized Closes = new("Closes {0}", "{0}-нд хаагдана");
    public static readonly Localized EvaluateBy = new("Evaluate by {0}", "{0}-ны дотор үнэлнэ");
    public static readonly Localized MaxGrant = new("Grant of at most {0}", "Дээд тал нь {0} буцалтгүй тусламж");
    public static readonly Localized Proposals = new("Proposals", "Төслийн саналууд");
    public static readonly Localized NoProposals = new("No proposal has been submitted to this call yet.", "Энэ шалгаруулалтад одоогоор санал ирүүлээгүй байна.");
    public static readonly Localized Progress = new("You evaluated {0} of {1} proposals.", "Та {1} саналаас {0}-г үнэлсэн.");
    public static readonly Localized Evaluated = new("Evaluated", "Үнэлсэн");
    public static readonly Localized NotEvaluated = new("Not evaluated", "Үнэлээгүй");
    public static readonly Localized Requested = new("Requests {0}", "Хүссэн дүн {0}");
    public static readonly Localized Evaluate = new("Evaluate", "Үнэлэх");
    public static readonly Localized Revise = new("Revise", "Засах");
    public static readonly Localized Proposal = new("Proposal: {0}", "Төслийн санал: {0}");
    public static readonly Localized Summary = new("Summary", "Товч агуулга");
    public static readonly Localized Budget = new("Budget", "Төсөв");
    public static readonly Localized Milestones = new("Milestones", "Үе шатууд");
    public static readonly Localized Scale = new("Score each criterion from 0 (weak) to {0} (strong).", "Шалгуур бүрийг 0 (сул)-аас {0} (сайн) хүртэл үнэлнэ үү.");
    public static readonly Localized Weight = new("weight {0}", "жин {0}");
    public static readonly Localized SaveScores = new("Save scores", "Оноо хадгалах");
    public static readonly Localized Saved = new("Your scores are saved; you can revise them until the call is awarded.", "Таны оноо хадгалагдлаа; шалгаруулалтын шийдвэр гарах хүртэл засах боломжтой.");
    public static readonly Localized Conflict = new("Conflict of interest: closed to you", "Ашиг сонирхлын зөрчил: танд хаалттай");
    public static readonly Localized DeclareConflict = new("I have a conflict of interest with this proposal", "Энэ саналтай ашиг сонирхлын зөрчилтэй");
    public static readonly Localized ConflictDeclared = new("Your conflict is recorded; this proposal is closed to you.", "Таны зөрчил бүртгэгдлээ; энэ санал танд хаалттай.");
    public static readonly Localized NotOpen = new("This proposal can no longer be evaluated.", "Энэ саналыг үнэлэх боломжгүй болсон.");
}
