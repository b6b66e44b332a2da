using Hub.Api.Common.Web;
using Hub.Application.Mentoring.Commands.LogSession;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Mentoring.Pages;

/// <summary>A mentor logs a session of their mentorship in under a minute: start (now, an hour ago, by default), length, format, topics.</summary>
[Authorize(Roles = Roles.Mentor)]
public sealed class LogSessionModel(TimeProvider clock) : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public LogSessionInput Input { get; set; } = new();

    public MentoringMentorshipDto? Mentorship { get; private set; }

    public string StartedAtValue => Input.StartedAt is { } local
        ? ViewerTime.InputValue(local)
        : ViewerTime.InputValue(clock.GetUtcNow().AddHours(-1), HttpContext);

    public async Task OnGetAsync() => Mentorship = await TryGetAsync(new GetMentorshipQuery(Id));

    public async Task<IActionResult> OnPostAsync()
    {
        var startedAt = Input.StartedAt is { } local ? ViewerTime.FromInput(local, HttpContext) : clock.GetUtcNow();
        if (ModelState.IsValid && await TryAsync(ct => Sender.Send(
                new LogSessionCommand(Id, startedAt, Input.DurationMinutes ?? 0, Input.Format, Input.Topics, string.IsNullOrWhiteSpace(Input.Actions) ? null : Input.Actions), ct).AsTask()))
        {
            return Done("/mentoring", MentoringText.SessionLogged);
        }

        await OnGetAsync();
        return Page();
    }
}
