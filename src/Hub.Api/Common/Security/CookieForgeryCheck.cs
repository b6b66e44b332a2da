using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hub.Api.Common.Security;

/// <summary>
/// Cross-site request forgery: a browser sends the sign-in cookie with any request to the hub, also one that another
/// site's page makes it send (a form posted across sites with SameSite=Lax, a request from a sibling subdomain).
/// So an API request that changes something (not GET, HEAD, OPTIONS, TRACE) and is signed in by the cookie must carry
/// <c>X-Requested-With: XMLHttpRequest</c>, which a cross-site form cannot set and a cross-origin script may not send
/// without a CORS permission the hub never gives, or a valid antiforgery token; otherwise 403. Bearer tokens and partner
/// keys are sent by code on purpose, never by the browser on its own, and are not affected; nor are endpoints open to
/// anyone (sign-in, registration), where the cookie grants nothing. Pages outside <c>/api</c> (the job dashboard)
/// check their own antiforgery tokens.
/// </summary>
internal sealed class CookieForgeryCheck(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, IProblemDetailsService problems)
{
    public const string Header = "X-Requested-With";

    public const string HeaderValue = "XMLHttpRequest";

    public const string Refusal =
        "A request signed in by the browser cookie that changes something must carry the header X-Requested-With: XMLHttpRequest "
        + "(or an antiforgery token), so that another site cannot send it in your name. Code other than a browser page signs in with a bearer token.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsUnsafe(context.Request) && NeedsCaller(context) && SignedInByCookie(context) && !await VouchedForAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Not allowed.", Detail = Refusal },
            });
            return;
        }

        await next(context);
    }

    private static bool IsUnsafe(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));

    private static bool NeedsCaller(HttpContext context) =>
        context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private static bool SignedInByCookie(HttpContext context) =>
        context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is { Succeeded: true, Ticket.AuthenticationScheme: var scheme }
        && scheme == IdentityConstants.ApplicationScheme;

    /// <summary>The header, or an antiforgery token (looked at only when one was sent, in its header or a form).</summary>
    private async Task<bool> VouchedForAsync(HttpContext context) =>
        string.Equals(context.Request.Headers[Header], HeaderValue, StringComparison.OrdinalIgnoreCase)
        || ((context.Request.HasFormContentType || context.Request.Headers.ContainsKey(antiforgeryOptions.Value.HeaderName ?? string.Empty))
            && await antiforgery.IsRequestValidAsync(context));
}
