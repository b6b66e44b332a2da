using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Training.Persistence;

internal sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "training";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly, t => t.Namespace == typeof(Configurations.TrainingModuleConfiguration).Namespace);
}
