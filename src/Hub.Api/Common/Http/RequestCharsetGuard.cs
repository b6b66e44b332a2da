using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Common.Http;

/// <summary>
/// A body whose Content-Type names a charset .NET cannot decode (<c>application/json; charset=nonsense</c>) is a
/// 415 here, once for every endpoint, rather than the exception minimal-API binding throws when it reads the body.
/// Runs after authorization, so a caller who may not call is still refused first.
/// </summary>
internal static class RequestCharsetGuard
{
    public static IApplicationBuilder UseHubRequestCharsetGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HasUnknownCharset(context.Request))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "Unsupported media type.",
                    Detail = "The body's charset is not one this API can read: send application/json in UTF-8.",
                },
            });
        });

    private static bool HasUnknownCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.Charset.Length == 0)
        {
            return false;
        }

        try
        {
            _ = Encoding.GetEncoding(mediaType.Charset.Value!.Trim('"'));
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
