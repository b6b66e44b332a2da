using Hub.Api.Common.Web;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Identity.Pages;

/// <summary>An admin's start: accounts and roles, partner keys, webhooks, the job dashboard and the API reference.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class AdminHomeModel : HubPageModel
{
    public void OnGet()
    {
    }
}
