using Hub.Api.Common.Web;
using Hub.Application.DemoDay.Commands.DeclareConflict;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.ListScoreSheets;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.DemoDay.Pages;

/// <summary>
/// A judge's score sheet for one pitch, made for a phone: one control per criterion within the day's scale (a row of
/// buttons when the scale has at most 11 whole steps), revisable until scoring closes; closed on a declared conflict.
/// </summary>
[Authorize(Roles = $"{Roles.Judge},{Roles.Mentor}")]
public sealed class ScoreSheetModel : HubPageModel
{
    private const int MaxButtons = 11;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid PitchId { get; set; }

    /// <summary>The version of the judge's sheet the form was filled from, so a stale revision is refused.</summary>
    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    public List<decimal?> Scores { get; set; } = [];

    public DemoDayDto? Day { get; private set; }

    public DemoDayPitchDto? Pitch => Day?.Pitches.FirstOrDefault(p => p.Id == PitchId);

    public bool Conflicted => Day?.Conflicts.Any(c => c.PitchId == PitchId) == true;

    public bool CanScore => Day is { Status: "Scoring" } && Pitch is not null && !Conflicted;

    /// <summary>The whole steps of the scale when they fit a row of buttons; otherwise null (a number field).</summary>
    public IReadOnlyList<decimal>? Steps => Day is { } day && decimal.IsInteger(day.ScaleMin) && decimal.IsInteger(day.ScaleMax) && day.ScaleMax - day.ScaleMin < MaxButtons
        ? [.. Enumerable.Range(0, (int)(day.ScaleMax - day.ScaleMin) + 1).Select(i => day.ScaleMin + i)]
        : null;

    public async Task OnGetAsync() => await LoadAsync(fillScores: true);

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync(fillScores: false);
        if (Day is null)
        {
            return Page();
        }

        var scores = new Dictionary<string, decimal>();
        for (var i = 0; i < Day.Criteria.Count; i++)
        {
            if (Scores.ElementAtOrDefault(i) is { } score)
            {
                scores[Day.Criteria[i].Name] = score;
            }
        }

        return await TryAsync(ct => Sender.Send(new SubmitScoreSheetCommand(Id, PitchId, scores, Version), ct).AsTask(), fieldPrefix: string.Empty)
            ? Done($"/judging/{Id}", DemoDayText.Saved)
            : Page();
    }

    public async Task<IActionResult> OnPostConflictAsync()
    {
        if (await TryAsync(ct => Sender.Send(new DeclareConflictCommand(Id, CurrentUserId, PitchId), ct).AsTask()))
        {
            return Done($"/judging/{Id}", DemoDayText.ConflictDeclared);
        }

        await LoadAsync(fillScores: true);
        return Page();
    }

    private Guid CurrentUserId => HttpContext.RequestServices.GetRequiredService<ICurrentUser>().RequireId();

    private async Task LoadAsync(bool fillScores)
    {
        Day = await TryGetAsync(new GetDemoDayQuery(Id));
        if (Day is null || !fillScores)
        {
            return;
        }

        var sheet = (await TryGetAsync(new ListScoreSheetsQuery(Id)))?.FirstOrDefault(s => s.PitchId == PitchId);
        Version = sheet?.Version;
        Scores = [.. Day.Criteria.Select(c => sheet is not null && sheet.Scores.TryGetValue(c.Name, out var s) ? s : (decimal?)null)];
    }
}
