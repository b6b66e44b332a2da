using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Mentoring.Commands.PublishMatchingRun;
using Hub.Application.Mentoring.Queries.GetMatchingRun;
using Hub.Application.Mentoring.Queries.ListMentors;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring.Pages;

/// <summary>A matching run: each assignment with its score and the reasons of its pair; a completed run is published from here.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class MatchingRunModel : HubPageModel
{
    private IReadOnlyDictionary<Guid, string> _ventures = new Dictionary<Guid, string>();
    private Dictionary<Guid, string> _mentors = [];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MentoringMatchingRunDto? Run { get; private set; }

    public async Task OnGetAsync()
    {
        Run = await TryGetAsync(new GetMatchingRunQuery(Id));
        if (Run is { Assignments.Count: > 0 })
        {
            _ventures = await ApplicationNames.OfIntakeAsync(Sender, Run.IntakeId, Aborted);
            var mentors = await Sender.Send(new ListMentorsQuery(new PageRequest(1, PageRequest.MaxPageSize), null), Aborted);
            _mentors = mentors.Items.ToDictionary(m => m.Id, m => m.FullName);
        }
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        IReadOnlyList<Guid> proposed = [];
        if (await TryAsync(async ct => proposed = await Sender.Send(new PublishMatchingRunCommand(Id), ct), fieldPrefix: string.Empty))
        {
            return Done($"/manage/matching/{Id}", MentoringText.Published.With(proposed.Count));
        }

        await OnGetAsync();
        return Page();
    }

    public string VentureOf(Guid applicationId) => _ventures.TryGetValue(applicationId, out var name) ? name : applicationId.ToString()[..8];

    public string MentorOf(Guid mentorId) => _mentors.TryGetValue(mentorId, out var name) ? name : mentorId.ToString()[..8];

    public IReadOnlyList<string> ReasonsOf(Guid applicationId, Guid mentorId) =>
        Run?.Candidates.FirstOrDefault(c => c.ApplicationId == applicationId && c.MentorId == mentorId)?.Reasons ?? [];
}
