using Hub.Api.Common.Security;
using Hub.Api.Common.Web;
using Hub.Application.Common.Exceptions;
using Hub.Application.Identity.Commands.Login;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Hub.Api.Identity.Pages;

/// <summary>
/// The sign-in page for everyone: the same LoginCommand, lock-out, budgets of failures and growing delay as
/// POST /auth/login (ADR 0015), and the same cookie as its <c>?useCookies=true</c>.
/// </summary>
[EnableRateLimiting(SignInLimitsRegistration.SignInPolicy)]
public sealed class SignInModel : HubPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var limits = HttpContext.RequestServices.GetRequiredService<SignInLimits>();
        var address = HttpContext.Connection.RemoteIpAddress;
        if (limits.RefuseSignIn(address, Input.Email) is { } refusal)
        {
            return TooManyAttempts.Refuse(this, refusal);
        }

        System.Security.Claims.ClaimsPrincipal principal;
        try
        {
            principal = await Sender.Send(new LoginCommand(Input.Email, Input.Password), Aborted);
        }
        catch (UnauthenticatedException)
        {
            await SignInLimitFilter.HoldBackAsync(limits.RecordFailure(address, Input.Email), Aborted);
            ModelState.AddModelError(string.Empty, IdentityText.WrongCredentials.ToString());
            return Page();
        }
        catch (FluentValidation.ValidationException)
        {
            ModelState.AddModelError(string.Empty, IdentityText.WrongCredentials.ToString());
            return Page();
        }

        if (limits.RefuseSignIn(address, Input.Email) is { } late)
        {
            return TooManyAttempts.Refuse(this, late);
        }

        await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        HttpContext.User = principal;
        await UiCulture.AfterSignInAsync(HttpContext, Sender, Aborted);
        await TimeZonePreference.AfterSignInAsync(HttpContext, Sender, Aborted);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
