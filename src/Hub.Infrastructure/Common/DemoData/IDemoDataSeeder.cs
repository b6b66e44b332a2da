namespace Hub.Infrastructure.Common.DemoData;

/// <summary>Loads one module's demo data; must be idempotent (a second run adds nothing).</summary>
internal interface IDemoDataSeeder
{
    /// <summary>Seeders run in this order, so a module can build on another's data (people before applications).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
