using Hub.Api.Common.Web;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Paging;
using Hub.Application.Training.Commands.RecordAttendance;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Application.Training.Queries.GetSession;
using Hub.Application.Training.Queries.ListAttendanceCorrections;
using Hub.Application.Training.Queries.ListSessions;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Training.Pages;

/// <summary>
/// A session's register, taken on a phone in the room: a mark per participant saved in one post with the version it
/// was read at, so a register saved meanwhile is refused and shown again (the viewer's unsaved marks beside the
/// current ones) rather than overwritten; below it, the corrections of recorded lines.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin},{Roles.Trainer}")]
public sealed class SessionAttendanceModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public TrainingSessionDto? Session { get; private set; }

    public TrainingAttendanceDto? Register { get; private set; }

    public IReadOnlyList<TrainingAttendanceCorrectionDto> Corrections { get; private set; } = [];

    /// <summary>The marks the viewer sent that differ from the register saved meanwhile: shown beside it, so they are not lost silently.</summary>
    public IReadOnlyDictionary<Guid, string> Unsaved { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Whether the form shows what the viewer posted (a refused save) rather than what is saved.</summary>
    public bool ShowsPosted { get; private set; }

    public Task OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var lines = Input.Marks.Where(m => !string.IsNullOrEmpty(m.Value)).Select(m => new AttendanceLine(m.Key, m.Value!)).ToList();
        if (lines.Count == 0)
        {
            ModelState.AddModelError(string.Empty, TrainingText.MarkSomeone.ToString());
            ShowsPosted = true;
            await ShowAsync();
            return Page();
        }

        var stale = false;
        var saved = await TryAsync(async ct =>
        {
            try
            {
                await Sender.Send(new RecordAttendanceCommand(Id, lines, Input.Version), ct);
            }
            catch (Exception e) when (e is ConflictException or DbUpdateConcurrencyException)
            {
                stale = true;
                throw;
            }
        });
        if (saved)
        {
            return Done($"/manage/training/sessions/{Id}/attendance", TrainingText.RegisterSaved);
        }

        if (stale)
        {
            // Someone saved the register since it was read: show what is saved now, with the viewer's differing marks beside it.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, CommonText.ChangedMeanwhile.ToString());
            await ShowAsync();
            Unsaved = (Register?.Entries ?? [])
                .Where(e => lines.Exists(l => l.FounderUserId == e.FounderUserId && !string.Equals(l.Status, e.Status, StringComparison.Ordinal)))
                .ToDictionary(e => e.FounderUserId, e => lines.First(l => l.FounderUserId == e.FounderUserId).Status);
            return Page();
        }

        ShowsPosted = true;
        await ShowAsync();
        return Page();
    }

    /// <summary>The mark the form shows checked for a participant.</summary>
    public string? MarkShown(TrainingAttendanceEntryDto entry) => ShowsPosted ? Input.Marks.GetValueOrDefault(entry.FounderUserId) : entry.Status;

    public string FounderName(Guid founderUserId) =>
        Register?.Entries.FirstOrDefault(e => e.FounderUserId == founderUserId)?.FullName ?? founderUserId.ToString();

    private async Task ShowAsync()
    {
        Session = await TryGetAsync(new GetSessionQuery(Id, ViewerTime.ZoneOf(HttpContext).Id));
        if (Session is null)
        {
            return;
        }

        Register = await TryGetAsync(new GetAttendanceQuery(Id));
        Corrections = (await TryGetAsync(new ListAttendanceCorrectionsQuery(Id, new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? [];
    }
}
