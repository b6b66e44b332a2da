using Hub.Domain.Reporting;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Reporting.Persistence;

/// <summary>The read model of the donor report: facts told by other modules and the anonymous attributes of people.</summary>
internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<ReportedFact> Facts => Set<ReportedFact>();

    public DbSet<ReportedPerson> People => Set<ReportedPerson>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly, t => t.Namespace == typeof(Configurations.ReportedFactConfiguration).Namespace);
}
