using Hub.Api.Common.Web;
using Hub.Application.Applicants.Commands.SubmitApplication;
using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Applicants.Pages;

/// <summary>One application of the founder's: what they wrote, its status and decision; a draft can be submitted before the deadline.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class ApplicationDetailsModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ApplicantsApplicationDto? Application { get; private set; }

    public async Task OnGetAsync() => Application = await TryGetAsync(new GetApplicationQuery(Id));

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        if (await TryAsync(ct => Sender.Send(new SubmitApplicationCommand(Id), ct).AsTask()))
        {
            return Done($"/applications/{Id}", ApplicantsText.Submitted);
        }

        await OnGetAsync();
        return Page();
    }
}
