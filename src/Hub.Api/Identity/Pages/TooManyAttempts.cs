using Hub.Api.Common.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Api.Identity.Pages;

/// <summary>A sign-in or registration page past its budget: 429 with Retry-After, as the API answers, and the wait in words.</summary>
internal static class TooManyAttempts
{
    public static PageResult Refuse(PageModel page, LimitRefusal refusal)
    {
        var seconds = LimitRefusal.Seconds(refusal.RetryAfter);
        page.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        page.Response.Headers.RetryAfter = seconds;
        page.ModelState.AddModelError(string.Empty, IdentityText.TooMany.With(seconds));
        return page.Page();
    }
}
