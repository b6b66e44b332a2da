using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Mentoring.Commands.RespondToMentorship;
using Hub.Application.Mentoring.Queries.GetMentorHours;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Application.Mentoring.Queries.ListMentorships;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring.Pages;

/// <summary>A mentor's mentees: accept or decline a proposed mentorship, log a session of an active one, their hours.</summary>
[Authorize(Roles = Roles.Mentor)]
public sealed class MentorshipsModel : HubPageModel
{
    public IReadOnlyList<MentoringMentorshipDto> Mentorships { get; private set; } = [];

    public MentoringHoursDto? Hours { get; private set; }

    public async Task OnGetAsync()
    {
        Mentorships = (await TryGetAsync(new ListMentorshipsQuery(new PageRequest(1, 100), null, null)))?.Items ?? [];
        if (Mentorships.Count > 0)
        {
            Hours = await TryGetAsync(new GetMentorHoursQuery(Mentorships[0].MentorId));
        }
    }

    public async Task<IActionResult> OnPostRespondAsync(Guid id, bool accept)
    {
        if (await TryAsync(ct => Sender.Send(new RespondToMentorshipCommand(id, accept), ct).AsTask()))
        {
            return Done("/mentoring", accept ? MentoringText.Accepted : MentoringText.Declined);
        }

        await OnGetAsync();
        return Page();
    }
}
