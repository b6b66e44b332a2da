using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Mentoring.Commands.ConfirmSession;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Application.Mentoring.Queries.ListMentorships;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring.Pages;

/// <summary>A founder's mentorships with their sessions; the founder confirms and rates each logged session.</summary>
[Authorize(Roles = Roles.Founder)]
public sealed class MyMentorModel : HubPageModel
{
    public IReadOnlyList<MentoringMentorshipDto> Mentorships { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var own = (await TryGetAsync(new ListMentorshipsQuery(new PageRequest(1, 20), null, null)))?.Items ?? [];
        var withSessions = new List<MentoringMentorshipDto>();
        foreach (var mentorship in own.Where(m => m.Status is "Active" or "Closed"))
        {
            withSessions.Add(await TryGetAsync(new GetMentorshipQuery(mentorship.Id)) ?? mentorship);
        }

        Mentorships = withSessions;
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid mentorshipId, Guid sessionId, int rating, string? comment)
    {
        if (await TryAsync(ct => Sender.Send(new ConfirmSessionCommand(mentorshipId, sessionId, rating, string.IsNullOrWhiteSpace(comment) ? null : comment), ct).AsTask(), fieldPrefix: string.Empty))
        {
            return Done("/my-mentor", MentoringText.SessionConfirmed);
        }

        await OnGetAsync();
        return Page();
    }
}
