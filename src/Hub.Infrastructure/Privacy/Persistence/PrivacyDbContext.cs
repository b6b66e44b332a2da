using Hub.Domain.Privacy.Erasures;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Privacy.Persistence;

internal sealed class PrivacyDbContext(DbContextOptions<PrivacyDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "privacy";

    public override string Schema => SchemaName;

    public DbSet<Erasure> Erasures => Set<Erasure>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PrivacyDbContext).Assembly, t => t.Namespace == typeof(Configurations.ErasureConfiguration).Namespace);
}
