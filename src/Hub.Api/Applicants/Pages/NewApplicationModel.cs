using Hub.Api.Common.Web;
using Hub.Application.Applicants.Commands;
using Hub.Application.Applicants.Commands.DraftApplication;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Applicants.Pages;

/// <summary>A founder drafts an application to an open intake (DraftApplicationCommand), then submits it from its page.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class NewApplicationModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid IntakeId { get; set; }

    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public ApplicantsIntakeDto? Intake { get; private set; }

    public async Task OnGetAsync()
    {
        Intake = await TryGetAsync(new GetIntakeQuery(IntakeId));
        Input.FullName = User.Identity?.Name is { } name && !name.Contains('@', StringComparison.Ordinal) ? name : string.Empty;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        DraftedApplication? drafted = null;
        var founder = new FounderDetails(Input.FullName, Input.Gender, Input.BirthYear ?? 0, Input.Soum, Input.Phone, Input.Languages);
        var sent = await TryAsync(async ct => drafted = await Sender.Send(
            new DraftApplicationCommand(IntakeId, null, Input.VentureName, Input.Sector, Input.Description, founder, []), ct));
        if (!sent || drafted is null)
        {
            Intake = await TryGetAsync(new GetIntakeQuery(IntakeId));
            return Page();
        }

        return Done($"/applications/{drafted.Id}", ApplicantsText.DraftSaved);
    }
}
