using Hub.Api.Common.Web;
using Hub.Application.Mentoring.Commands.RequestMatchingRun;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring.Pages;

/// <summary>A manager runs mentor matching for an intake's accepted applications (RequestMatchingRunCommand) and follows the run.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class MatchingModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid IntakeId { get; set; }

    public IReadOnlyList<IntakeOption> Intakes { get; private set; } = [];

    public async Task OnGetAsync() => Intakes = await IntakeOptions.ListAsync(Sender, Aborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var runId = Guid.Empty;
        if (await TryAsync(async ct => runId = await Sender.Send(new RequestMatchingRunCommand(IntakeId, [], []), ct), fieldPrefix: string.Empty))
        {
            return Redirect($"/manage/matching/{runId}");
        }

        await OnGetAsync();
        return Page();
    }
}
