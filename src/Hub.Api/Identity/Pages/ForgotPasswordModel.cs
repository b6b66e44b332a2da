using Hub.Api.Common.Security;
using Hub.Api.Common.Web;
using Hub.Application.Identity.Commands.RequestPasswordReset;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>
/// Asks for a link to choose a new password (RequestPasswordResetCommand, within the same budgets as
/// POST /auth/password-reset), then says the same whether or not the e-mail has an account.
/// </summary>
public sealed class ForgotPasswordModel : HubPageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var limits = HttpContext.RequestServices.GetRequiredService<SignInLimits>();
        if (limits.TryRequestPasswordReset(HttpContext.Connection.RemoteIpAddress, Email) is { } refusal)
        {
            return TooManyAttempts.Refuse(this, refusal);
        }

        return await TryAsync(ct => Sender.Send(new RequestPasswordResetCommand(Email), ct).AsTask(), fieldPrefix: string.Empty)
            ? LocalRedirect("/account/forgot-password?sent=true")
            : Page();
    }
}
