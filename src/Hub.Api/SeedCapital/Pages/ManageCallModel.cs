using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.SeedCapital.Commands.AppointEvaluatorByEmail;
using Hub.Application.SeedCapital.Commands.AwardCall;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Hub.Application.SeedCapital.Queries.GetCallStanding;
using Hub.Application.SeedCapital.Queries.ListGrants;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>
/// One call for a manager: its terms, the committee (appoint an evaluator by e-mail), every proposal with its
/// evaluations, the ranking as the award rule sees it now, and the award; once awarded, the grants it made. Both
/// changes carry the call's version the manager saw, so one made over a change meanwhile is refused; the award also
/// carries the ranking's fingerprint, since evaluations and submissions do not change the call's version.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageCallModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SeedCapitalCallDto? Call { get; private set; }

    public SeedCapitalCallStandingDto? Standing { get; private set; }

    public SeedCapitalAwardDto? Award { get; private set; }

    /// <summary>The grant of each funded proposal, by proposal id.</summary>
    public IReadOnlyDictionary<Guid, Guid> GrantOf { get; private set; } = new Dictionary<Guid, Guid>();

    /// <summary>What the manager typed in the appoint form, kept when it is refused.</summary>
    public string? EvaluatorEmail { get; private set; }

    public async Task OnGetAsync()
    {
        Call = await TryGetAsync(new GetCallQuery(Id));
        if (Call is null)
        {
            return;
        }

        Standing = await TryGetAsync(new GetCallStandingQuery(Id));
        if (Call.Awarded)
        {
            Award = await TryGetAsync(new GetCallAwardQuery(Id));
            GrantOf = ((await TryGetAsync(new ListGrantsQuery(Id, new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? [])
                .ToDictionary(g => g.ProposalId, g => g.Id);
        }
    }

    public async Task<IActionResult> OnPostAppointAsync(string? email, uint version)
    {
        EvaluatorEmail = email;
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(new AppointEvaluatorByEmailCommand(Id, email ?? string.Empty, version), ct).AsTask(), fieldPrefix: string.Empty))
        {
            return Done($"/manage/calls/{Id}", ManageCallsText.Appointed.With(email));
        }

        await OnGetAsync();
        return Page();
    }

    /// <param name="standing">The fingerprint of the ranking the page showed: the award is refused when it would apply another.</param>
    public async Task<IActionResult> OnPostAwardAsync(uint version, string? standing)
    {
        SeedCapitalAwardDto? award = null;
        if (ModelState.IsValid && await TryAsync(async ct => award = await Sender.Send(new AwardCallCommand(Id, version, standing ?? string.Empty), ct)))
        {
            return Done($"/manage/calls/{Id}", ManageCallsText.AwardDone.With(award!.Awarded.Count));
        }

        await OnGetAsync();
        return Page();
    }
}
