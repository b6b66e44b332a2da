using Hub.Api.Common.Web;
using Hub.Application.DemoDay.Commands.AddPitch;
using Hub.Application.DemoDay.Commands.CloseDemoDay;
using Hub.Application.DemoDay.Commands.DeclareConflict;
using Hub.Application.DemoDay.Commands.GiveAward;
using Hub.Application.DemoDay.Commands.InviteJudge;
using Hub.Application.DemoDay.Commands.OpenScoring;
using Hub.Application.DemoDay.Commands.PublishResults;
using Hub.Application.DemoDay.Queries.FindJudge;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.GetResults;
using Hub.Application.DemoDay.Queries.GetScoringProgress;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.DemoDay.Pages;

/// <summary>
/// Running one Demo Day, as its state goes: while it is a draft or scoring, pitches, judges and conflicts are added and
/// the live progress is shown (refreshing itself while scoring is open); once closed, the results as they are
/// computed, awards and publication. Every change sends the version the manager saw, so a stale one is refused.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageDemoDayModel : HubPageModel
{
    private Dictionary<Guid, string> _pitchNames = [];
    private Dictionary<Guid, string> _judgeNames = [];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The ranking method to show (<c>zscore</c>, <c>raw</c>, <c>additive</c>); the default is the contract's.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Method { get; set; }

    /// <summary>The Demo Day's version the form was rendered with.</summary>
    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    public Guid? ApplicationId { get; set; }

    [BindProperty]
    public int? Slot { get; set; }

    [BindProperty]
    public DateTime? StartsAt { get; set; }

    [BindProperty]
    public string? JudgeEmail { get; set; }

    [BindProperty]
    public Guid? ConflictJudgeId { get; set; }

    [BindProperty]
    public Guid? ConflictPitchId { get; set; }

    [BindProperty]
    public string? AwardCategory { get; set; }

    [BindProperty]
    public Guid? AwardPitchId { get; set; }

    public DemoDayDto? Day { get; private set; }

    public DemoDayProgressDto? Progress { get; private set; }

    public DemoDayResultsDto? Results { get; private set; }

    /// <summary>Accepted ventures not yet pitching at this day, by application id.</summary>
    public IReadOnlyList<KeyValuePair<Guid, string>> Ventures { get; private set; } = [];

    /// <summary>Pitches, judges and conflicts are added until scoring closes.</summary>
    public bool IsOpen => Day?.Status is "Draft" or "Scoring";

    public bool IsComputing => Day is { Status: "Closed", ResultsStatus: "Queued" or "Running" };

    public int NextSlot => Day is { Pitches.Count: > 0 } day ? day.Pitches.Max(p => p.Slot) + 1 : 1;

    private string Here => $"/manage/demo-days/{Id}";

    public async Task OnGetAsync()
    {
        Day = await TryGetAsync(new GetDemoDayQuery(Id));
        if (Day is not { } day)
        {
            return;
        }

        _pitchNames = day.Pitches.ToDictionary(p => p.Id, p => p.VentureName);
        _judgeNames = day.Judges.ToDictionary(j => j.UserId, j => j.FullName);
        if (IsOpen)
        {
            var pitching = day.Pitches.Select(p => p.ApplicationId).ToHashSet();
            Ventures = [.. (await ApplicationNames.AcceptedAsync(Sender, Aborted)).Where(v => !pitching.Contains(v.Key)).OrderBy(v => v.Value, StringComparer.CurrentCulture)];
            Progress = day.Judges.Count > 0 && day.Pitches.Count > 0 ? await TryGetAsync(new GetScoringProgressQuery(Id)) : null;
        }
        else
        {
            Results = await TryGetAsync(new GetResultsQuery(Id, Method));
        }
    }

    public Task<IActionResult> OnPostPitchAsync() =>
        SendAsync(
            ct => Sender.Send(new AddPitchCommand(Id, ApplicationId ?? Guid.Empty, Slot ?? 0, StartsAt is { } starts ? ViewerTime.FromInput(starts, HttpContext) : null, Version), ct).AsTask(),
            DemoDayText.PitchAdded);

    public async Task<IActionResult> OnPostJudgeAsync()
    {
        DemoDayJudgeDto? judge = null;
        if (await TryAsync(async ct => judge = await Sender.Send(new FindJudgeByEmailQuery(JudgeEmail ?? string.Empty), ct), fieldPrefix: string.Empty) && judge is null)
        {
            ModelState.AddModelError(nameof(JudgeEmail), DemoDayText.NoSuchJudge.With(JudgeEmail));
        }

        return judge is null
            ? await ShowAsync()
            : await SendAsync(ct => Sender.Send(new InviteJudgeCommand(Id, judge.UserId, Version), ct).AsTask(), DemoDayText.JudgeAppointed.With(judge.FullName));
    }

    public Task<IActionResult> OnPostConflictAsync() =>
        SendAsync(ct => Sender.Send(new DeclareConflictCommand(Id, ConflictJudgeId ?? Guid.Empty, ConflictPitchId ?? Guid.Empty, Version), ct).AsTask(), DemoDayText.ConflictRecorded);

    public Task<IActionResult> OnPostOpenAsync() =>
        SendAsync(ct => Sender.Send(new OpenScoringCommand(Id, Version), ct).AsTask(), DemoDayText.ScoringOpened);

    public Task<IActionResult> OnPostCloseAsync() =>
        SendAsync(ct => Sender.Send(new CloseDemoDayCommand(Id, Version), ct).AsTask(), DemoDayText.ScoringClosed);

    public Task<IActionResult> OnPostAwardAsync() =>
        SendAsync(ct => Sender.Send(new GiveAwardCommand(Id, AwardCategory ?? string.Empty, AwardPitchId ?? Guid.Empty, Version), ct).AsTask(), DemoDayText.AwardGiven.With(AwardCategory));

    public Task<IActionResult> OnPostPublishAsync() =>
        SendAsync(ct => Sender.Send(new PublishResultsCommand(Id, Version), ct).AsTask(), DemoDayText.ResultsPublished);

    public string PitchName(Guid pitchId) => _pitchNames.TryGetValue(pitchId, out var name) ? name : pitchId.ToString()[..8];

    public string JudgeName(Guid userId) => _judgeNames.TryGetValue(userId, out var name) ? name : userId.ToString()[..8];

    /// <summary>Whether a pitch's normalised score equals a neighbour's after the contract's rounding, so its place was decided by the tie-breaks.</summary>
    public bool IsTied(DemoDayResultPitchDto pitch) =>
        pitch.JudgeCount > 0 && Results!.Pitches.Any(p => p.PitchId != pitch.PitchId && p.JudgeCount > 0 && Rounded(p.NormalizedScore) == Rounded(pitch.NormalizedScore));

    private static double Rounded(double score) => Math.Round(score, 9, MidpointRounding.AwayFromZero);

    private async Task<IActionResult> SendAsync(Func<CancellationToken, Task> send, string done) =>
        await TryAsync(send, fieldPrefix: string.Empty) ? Done(Here, done) : await ShowAsync();

    private Task<IActionResult> SendAsync(Func<CancellationToken, Task> send, Localized done) => SendAsync(send, done.ToString());

    private async Task<IActionResult> ShowAsync()
    {
        await OnGetAsync();
        return Page();
    }
}
