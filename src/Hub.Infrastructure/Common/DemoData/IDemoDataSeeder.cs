namespace Hub.Infrastructure.Common.DemoData;

/// <summary>Loads one module's demo data, after the modules before it; must be idempotent (a second run adds nothing).</summary>
internal interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
