using Hub.Api.Common.Security;
using Hub.Api.Common.Web;
using Hub.Application.Identity.Commands.Login;
using Hub.Application.Identity.Commands.RegisterFounder;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>A founder registers (RegisterFounderCommand, within the same budget per address as POST /auth/register) and is signed in.</summary>
public sealed class RegisterModel : HubPageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var limits = HttpContext.RequestServices.GetRequiredService<SignInLimits>();
        if (limits.TryRegister(HttpContext.Connection.RemoteIpAddress) is { } refusal)
        {
            return TooManyAttempts.Refuse(this, refusal);
        }

        if (!await TryAsync(ct => Sender.Send(new RegisterFounderCommand(Input.Email, Input.Password, Input.FullName), ct).AsTask()))
        {
            return Page();
        }

        var principal = await Sender.Send(new LoginCommand(Input.Email, Input.Password), Aborted);
        await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        HttpContext.User = principal;
        await UiCulture.RememberAsync(HttpContext, UiCulture.Current);
        return LocalRedirect("/applications");
    }
}
