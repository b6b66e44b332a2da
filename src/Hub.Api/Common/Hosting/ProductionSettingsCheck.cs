namespace Hub.Api.Common.Hosting;

/// <summary>
/// Run once before anything connects: in Production the host refuses to start while a setting is missing or still
/// a development default, and the message lists every one (not only the first).
/// </summary>
internal sealed class ProductionSettingsCheck(IConfiguration configuration, IHostEnvironment environment)
{
    public void ThrowIfUnsafe()
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var problems = ProductionSettings.Problems(configuration);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "Production start refused; set these (environment variables write ':' as '__', e.g. ConnectionStrings__Hub):"
                + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}")));
        }
    }
}
