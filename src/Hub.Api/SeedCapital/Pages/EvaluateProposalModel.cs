using Hub.Api.Common.Web;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Commands.EvaluateProposal;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetProposal;
using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Calls;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>
/// An evaluator reads a proposal and scores it, one row of buttons per criterion of the call (0 to 10) and an optional
/// comment for the committee, revisable until the call is awarded; or declares a conflict of interest, which closes the
/// proposal to them.
/// </summary>
[Authorize(Roles = Roles.Evaluator)]
public sealed class EvaluateProposalModel : HubPageModel
{
    public static readonly IReadOnlyList<decimal> Steps = [.. Enumerable.Range(0, (int)CallForProposals.MaxScore + 1).Select(i => (decimal)i)];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<decimal?> Scores { get; set; } = [];

    /// <summary>The evaluator's optional comment for the committee, sent with the scores.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    public SeedCapitalProposalDto? Proposal { get; private set; }

    public SeedCapitalCallDto? Call { get; private set; }

    public SeedCapitalEvaluationDto? Mine { get; private set; }

    public bool Conflicted => Mine?.ConflictOfInterest == true;

    public bool Open => Proposal is { Status: "Submitted" } && Call is { Awarded: false };

    public bool CanScore => Open && !Conflicted;

    public async Task OnGetAsync() => await LoadAsync(fillScores: true);

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync(fillScores: false);
        if (Call is null)
        {
            return Page();
        }

        var scores = new Dictionary<string, decimal>();
        for (var i = 0; i < Call.Criteria.Count; i++)
        {
            if (Scores.ElementAtOrDefault(i) is { } score)
            {
                scores[Call.Criteria[i].Name] = score;
            }
        }

        return await TryAsync(ct => Sender.Send(new EvaluateProposalCommand(Id, false, scores, Comment), ct).AsTask(), fieldPrefix: string.Empty)
            ? Done($"/evaluation/{Call.Id}", SeedCapitalText.Saved)
            : Page();
    }

    public async Task<IActionResult> OnPostConflictAsync()
    {
        if (await TryAsync(ct => Sender.Send(new EvaluateProposalCommand(Id, true, null), ct).AsTask(), fieldPrefix: string.Empty))
        {
            await LoadAsync(fillScores: false);
            return Done(Call is null ? "/evaluation" : $"/evaluation/{Call.Id}", SeedCapitalText.ConflictDeclared);
        }

        await LoadAsync(fillScores: true);
        return Page();
    }

    private async Task LoadAsync(bool fillScores)
    {
        Proposal = await TryGetAsync(new GetProposalQuery(Id));
        Call = Proposal is null ? null : await TryGetAsync(new GetCallQuery(Proposal.CallId));
        var me = HttpContext.RequestServices.GetRequiredService<ICurrentUser>().RequireId();
        Mine = Proposal?.Evaluations.FirstOrDefault(e => e.EvaluatorUserId == me);
        if (Call is not null && fillScores)
        {
            Scores = [.. Call.Criteria.Select(c => Mine is not null && Mine.Scores.TryGetValue(c.Name, out var s) ? s : (decimal?)null)];
            Comment = Mine?.Comment;
        }
    }
}
