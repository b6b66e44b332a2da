using Hub.Api.Common.Web;
using Hub.Application.Identity.Commands.SetPassword;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>Sets a password with the one-time link (userId and token) a staff account's holder was sent, as POST /auth/set-password.</summary>
public sealed class SetPasswordModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() =>
        await TryAsync(ct => Sender.Send(new SetPasswordCommand(UserId, Token, Password), ct).AsTask(), fieldPrefix: string.Empty)
            ? Done(PageRedirects.SignInPath, IdentityText.PasswordSet)
            : Page();
}
