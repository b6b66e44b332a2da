namespace Hub.Api.Common.Errors;

internal static class ProblemDetailsRegistration
{
    /// <summary>
    /// The problem-details service: every problem completed by <see cref="ProblemDefaults"/>, written by ASP.NET Core's
    /// writer when the client accepts JSON and by <see cref="ProblemJsonWriter"/> otherwise.
    /// </summary>
    public static IServiceCollection AddHubProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Complete);

        // Registered after AddProblemDetails, so it comes after the default writer: the fallback, never the first choice.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        return services;
    }
}
