namespace Hub.Infrastructure.Common.Startup;

public sealed class StartupOptions
{
    public const string Section = "Hub:Startup";

    /// <summary>Apply EF Core migrations when the app starts (development); production runs <c>Hub.Api migrate</c>.</summary>
    public bool MigrateDatabase { get; set; } = true;

    /// <summary>Load the demo data (idempotent) when the app starts; <c>./hub run</c> turns it on.</summary>
    public bool LoadDemoData { get; set; }
}
