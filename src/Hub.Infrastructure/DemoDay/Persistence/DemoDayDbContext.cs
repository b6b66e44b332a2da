using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.Mentorships;
using Hub.Domain.DemoDay.ScoreSheets;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.DemoDay.Persistence;

internal sealed class DemoDayDbContext(DbContextOptions<DemoDayDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "demo_day";

    public override string Schema => SchemaName;

    public DbSet<DemoDayEdition> DemoDays => Set<DemoDayEdition>();

    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    public DbSet<KnownMentorship> KnownMentorships => Set<KnownMentorship>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DemoDayDbContext).Assembly, t => t.Namespace == typeof(Configurations.DemoDayEditionConfiguration).Namespace);
}
