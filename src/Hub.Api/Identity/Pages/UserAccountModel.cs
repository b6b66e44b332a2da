using Hub.Api.Common.Web;
using Hub.Application.Identity.Commands.ChangeUserRoles;
using Hub.Application.Identity.Commands.LockUser;
using Hub.Application.Identity.Commands.UnlockUser;
using Hub.Application.Identity.Queries.GetUserAccount;
using Hub.Application.Identity.Queries.ListUsers;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>
/// One account for an admin: its roles as checkboxes, saved with the version the admin saw (a change made meanwhile is
/// refused, not overwritten), and the lock. The last-admin rule and the other refusals show above the forms.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class UserAccountModel : HubPageModel
{
    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public string Version { get; set; } = string.Empty;

    public IdentityUserAccountDto? Account { get; private set; }

    public async Task OnGetAsync(Guid id) => Account = await TryGetAsync(new GetUserAccountQuery(id));

    public async Task<IActionResult> OnPostRolesAsync(Guid id)
    {
        IdentityUserAccountDto? saved = null;
        if (await TryAsync(async ct => saved = await Sender.Send(new ChangeUserRolesCommand(id, SelectedRoles, Version), ct), fieldPrefix: string.Empty))
        {
            return Done($"/admin/users/{id}", IdentityText.RolesSaved.With(saved!.FullName));
        }

        return await ShowAgainAsync(id);
    }

    public Task<IActionResult> OnPostLockAsync(Guid id) =>
        SendAsync(id, ct => Sender.Send(new LockUserCommand(id), ct).AsTask(), IdentityText.LockedDone);

    public Task<IActionResult> OnPostUnlockAsync(Guid id) =>
        SendAsync(id, ct => Sender.Send(new UnlockUserCommand(id), ct).AsTask(), IdentityText.UnlockedDone);

    private async Task<IActionResult> SendAsync(Guid id, Func<CancellationToken, Task> send, Localized done)
    {
        var account = await TryGetAsync(new GetUserAccountQuery(id));
        if (account is not null && await TryAsync(send, fieldPrefix: string.Empty))
        {
            return Done($"/admin/users/{id}", done.With(account.FullName));
        }

        return await ShowAgainAsync(id);
    }

    /// <summary>The account as it is now (so a stale form shows what changed), with the refusal above it.</summary>
    private async Task<IActionResult> ShowAgainAsync(Guid id)
    {
        await OnGetAsync(id);
        return Page();
    }
}
