using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Identity.Commands.CreateUser;
using Hub.Application.Identity.Queries.ListUsers;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>
/// The accounts, by name: filtered by role and by a text in the name or e-mail, a page at a time; an admin opens one to
/// change its roles or lock it, and creates staff accounts here. A manager reads the list only.
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageUsersModel : HubPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The page of the list (<c>?p=</c>: Razor Pages keeps <c>page</c> for itself).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    [BindProperty]
    public StaffAccountInput Input { get; set; } = new();

    public IReadOnlyList<IdentityUserAccountDto> Users { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync()
    {
        P = Math.Clamp(P, 1, PageRequest.MaxPage);
        var page = await TryGetAsync(new ListUsersQuery(string.IsNullOrEmpty(Role) ? null : Role, Q, new PageRequest(P, PageSize)));
        Users = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;
    }

    /// <summary>The list's address with the same filters, on another page.</summary>
    public string PageUrl(int page) =>
        $"/admin/users?role={Uri.EscapeDataString(Role ?? string.Empty)}&q={Uri.EscapeDataString(Q ?? string.Empty)}&p={page}";

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TryAsync(ct => Sender.Send(new CreateUserCommand(Input.Email, Input.Password, Input.FullName, Input.Role), ct).AsTask()))
        {
            return Done($"/admin/users?q={Uri.EscapeDataString(Input.Email.Trim())}", IdentityText.AccountCreated.With(Input.FullName.Trim()));
        }

        await OnGetAsync();
        return Page();
    }
}
