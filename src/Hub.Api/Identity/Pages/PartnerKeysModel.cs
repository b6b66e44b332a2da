using Hub.Api.Common.Web;
using Hub.Application.Common.Paging;
using Hub.Application.Identity.Commands.IssuePartnerKey;
using Hub.Application.Identity.Commands.RevokePartnerKey;
using Hub.Application.Identity.Queries.ListPartnerKeys;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>
/// The admin's partner keys: each with its scopes, when it was issued and whether it is revoked; a form to issue one
/// (its secret shown once) and a confirm step to revoke one.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class PartnerKeysModel : HubPageModel
{
    public const string Route = "/admin/partner-keys";

    [BindProperty]
    public PartnerKeyInput Input { get; set; } = new();

    /// <summary>The key whose revocation the admin is asked to confirm (<c>?revoke=…</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Revoke { get; set; }

    public IReadOnlyList<IdentityPartnerKeyDto> Keys { get; private set; } = [];

    public int TotalCount { get; private set; }

    /// <summary>The key just issued, in the answer to the form's POST only.</summary>
    public IssuedPartnerKey? Issued { get; private set; }

    public string IssuedName { get; private set; } = string.Empty;

    public IdentityPartnerKeyDto? ToRevoke => Revoke is { } id ? Keys.FirstOrDefault(k => k.Id == id && k.RevokedAt is null) : null;

    public async Task OnGetAsync()
    {
        var page = await TryGetAsync(new ListPartnerKeysQuery(new PageRequest(1, PageRequest.MaxPageSize)));
        Keys = page?.Items ?? [];
        TotalCount = page?.TotalCount ?? 0;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var command = new IssuePartnerKeyCommand(Input.Name ?? string.Empty, Input.Scopes);
        if (ModelState.IsValid && await TryAsync(async ct => Issued = await Sender.Send(command, ct)))
        {
            // The key is shown in this POST's own answer rather than after a redirect: post/redirect/get would have to
            // carry the secret to the next request in TempData, a cookie that is data-protected but still a copy of it
            // sent to the browser and back. Here it exists in one response only, which the browser must not keep
            // (no-store); reloading offers to post the form again, which issues another key, never shows this one again.
            Response.Headers.CacheControl = "no-store";
            IssuedName = command.Name;
            Input = new PartnerKeyInput();
            ModelState.Clear();
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? name)
    {
        if (await TryAsync(ct => Sender.Send(new RevokePartnerKeyCommand(id), ct).AsTask()))
        {
            return Done(Route, PartnerKeysText.KeyRevoked.With(name));
        }

        await OnGetAsync();
        return Page();
    }
}
