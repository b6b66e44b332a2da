using Hub.Api.Common.Web;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.ListScoreSheets;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.DemoDay.Pages;

/// <summary>A judge's Demo Day: the pitches in order, the one on stage now, their own sheets and progress; conflicted pitches closed.</summary>
[Authorize(Roles = $"{Roles.Judge},{Roles.Mentor}")]
public sealed class JudgeDayModel(TimeProvider clock) : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DemoDayDto? Day { get; private set; }

    public IReadOnlyList<DemoDayScoreSheetDto> Sheets { get; private set; } = [];

    public int ConflictCount => Day?.Pitches.Count(p => IsConflicted(p.Id)) ?? 0;

    public async Task OnGetAsync()
    {
        Day = await TryGetAsync(new GetDemoDayQuery(Id));
        if (Day is not null)
        {
            Sheets = await TryGetAsync(new ListScoreSheetsQuery(Id)) ?? [];
        }
    }

    public DemoDayScoreSheetDto? SheetOf(Guid pitchId) => Sheets.FirstOrDefault(s => s.PitchId == pitchId);

    /// <summary>Declared conflicts: the day lists a judge's own only.</summary>
    public bool IsConflicted(Guid pitchId) => Day?.Conflicts.Any(c => c.PitchId == pitchId) == true;

    /// <summary>The latest pitch that has started, while the day is scoring.</summary>
    public bool IsNow(DemoDayPitchDto pitch)
    {
        var now = clock.GetUtcNow();
        var current = Day?.Pitches.Where(p => p.StartsAt <= now).OrderByDescending(p => p.StartsAt).FirstOrDefault();
        return Day?.Status == "Scoring" && current?.Id == pitch.Id;
    }
}
