using Hub.Api.Common.Web;
using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.GetProgress;
using Hub.Application.Common.Paging;
using Hub.Application.Training.Queries.ListMySessions;
using Hub.Application.Training.Queries.ListTrainingModules;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Training.Pages;

/// <summary>A founder's training: hours per module, certificates with their public verification link, and sessions with their attendance.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class MyTrainingModel : HubPageModel
{
    public TrainingProgressDto? Progress { get; private set; }

    public IReadOnlyList<TrainingMySessionDto> Upcoming { get; private set; } = [];

    public IReadOnlyList<TrainingMySessionDto> Past { get; private set; } = [];

    /// <summary>The curriculum's names in both languages, by module id (progress answers the English name only).</summary>
    public IReadOnlyDictionary<Guid, TrainingModuleDto> Curriculum { get; private set; } = new Dictionary<Guid, TrainingModuleDto>();

    public async Task OnGetAsync()
    {
        var me = HttpContext.RequestServices.GetRequiredService<ICurrentUser>().RequireId();
        Progress = await TryGetAsync(new GetProgressQuery(me));
        Curriculum = ((await TryGetAsync(new ListTrainingModulesQuery(new PageRequest(1, PageRequest.MaxPageSize))))?.Items ?? []).ToDictionary(m => m.Id);
        var sessions = await TryGetAsync(new ListMySessionsQuery(ViewerTime.ZoneOf(HttpContext).Id)) ?? [];
        var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        Upcoming = [.. sessions.Where(s => s.EndsAt > now)];
        Past = [.. sessions.Where(s => s.EndsAt <= now).Reverse()];
    }

    public string ModuleName(Guid moduleId, string fallback) =>
        Curriculum.TryGetValue(moduleId, out var module) ? TrainingText.ModuleName(module.Name, module.NameMn) : fallback;

    /// <summary>The public page anyone checks a certificate on, in full so it can be passed on.</summary>
    public string VerificationUrl(string code) => $"{Request.Scheme}://{Request.Host}/certificates/{Uri.EscapeDataString(code)}";
}
