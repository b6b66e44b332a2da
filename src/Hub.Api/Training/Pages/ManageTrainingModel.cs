using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Training.Commands.ScheduleSession;
using Hub.Application.Training.Queries.ListProgrammes;
using Hub.Application.Training.Queries.ListSessions;
using Hub.Application.Training.Queries.ListTrainingModules;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Training.Pages;

/// <summary>
/// Training sessions for the people who run them: upcoming and started ones, each linked to its register (a trainer
/// sees only their own); for managers also the programmes with their participants, a filter by programme and a form
/// to schedule a session.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin},{Roles.Trainer}")]
public sealed class ManageTrainingModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public IReadOnlyList<TrainingSessionDto> Upcoming { get; private set; } = [];

    public IReadOnlyList<TrainingSessionDto> Past { get; private set; } = [];

    public IReadOnlyList<TrainingProgrammeDto> Programmes { get; private set; } = [];

    public IReadOnlyDictionary<Guid, TrainingModuleDto> Curriculum { get; private set; } = new Dictionary<Guid, TrainingModuleDto>();

    /// <summary>The trainers who run a listed or recent session, by name: the people a manager picks from (there is no list of accounts by role yet).</summary>
    public IReadOnlyList<KeyValuePair<Guid, string>> Trainers { get; private set; } = [];

    /// <summary>Managers and admins see every session and schedule them; a trainer sees their own.</summary>
    public bool Manages => User.IsInRole(Roles.Manager) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync()
    {
        var zone = ViewerTime.ZoneOf(HttpContext).Id;
        var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var all = new PageRequest(1, PageRequest.MaxPageSize);
        Upcoming = (await TryGetAsync(new ListSessionsQuery(ProgrammeId, now, null, zone, all)))?.Items ?? [];
        var past = await TryGetAsync(new ListSessionsQuery(ProgrammeId, null, now, zone, all));
        if (past is { TotalCount: > PageRequest.MaxPageSize })
        {
            // Newest first: the last page holds the sessions that started most recently.
            past = await TryGetAsync(new ListSessionsQuery(ProgrammeId, null, now, zone, new PageRequest((past.TotalCount + PageRequest.MaxPageSize - 1) / PageRequest.MaxPageSize, PageRequest.MaxPageSize)));
        }

        Past = [.. (past?.Items ?? []).Reverse()];
        Curriculum = ((await TryGetAsync(new ListTrainingModulesQuery(all)))?.Items ?? []).ToDictionary(m => m.Id);
        if (Manages)
        {
            Programmes = (await TryGetAsync(new ListProgrammesQuery(null, all)))?.Items ?? [];
            // The trainers of the listed sessions and, when one programme is shown, of every session of the last 90 days.
            var recent = ProgrammeId is null ? [] : (await TryGetAsync(new ListSessionsQuery(null, now.AddDays(-90), null, zone, all)))?.Items ?? [];
            Trainers = await PersonNames.OfAsync(Sender, Upcoming.Concat(Past).Concat(recent).Select(s => s.TrainerUserId), Aborted);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // An empty field stays empty (default) so the command's validator names it, beside the field.
        var startsAt = Input.StartsAt is { } starts ? ViewerTime.FromInput(starts, HttpContext) : default;
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(
                new ScheduleSessionCommand(
                    Input.ProgrammeId ?? Guid.Empty, Input.ModuleId ?? Guid.Empty, Input.Title, startsAt, Input.DurationMinutes ?? 0, Input.Mode,
                    Input.Venue, Input.Link, Input.TrainerUserId ?? Guid.Empty),
                ct).AsTask()))
        {
            return Done($"/manage/training?programmeId={Input.ProgrammeId}", TrainingText.SessionScheduled.With(Input.Title));
        }

        await OnGetAsync();
        return Page();
    }

    public string ModuleName(Guid moduleId) =>
        Curriculum.TryGetValue(moduleId, out var module) ? TrainingText.ModuleName(module.Name, module.NameMn) : string.Empty;

    public string ProgrammeName(Guid programmeId) => Programmes.FirstOrDefault(p => p.Id == programmeId)?.Name ?? string.Empty;
}
