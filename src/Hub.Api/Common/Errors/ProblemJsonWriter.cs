using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Hub.Api.Common.Errors;

/// <summary>
/// The last problem-details writer. ASP.NET Core's own writer declines when the client's <c>Accept</c> names nothing
/// JSON (<c>text/plain</c>, <c>text/html</c>), and every caller of the problem-details service then fell back to a
/// 500 or a text body; this one writes <c>application/problem+json</c> anyway. An error is always a problem.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<HttpJsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
